//! Chart component tests in headless Chromium (wasm-bindgen-test): the real chart component
//! mounted in a real DOM, its canvas read back pixel by pixel, driven by DOM events the way a
//! user's browser would.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use rust_decimal::Decimal;
use standoff::app::charts::build;
use standoff::app::charts::colour::{Rgb, HEAT_STOPS};
use standoff::app::charts::draw;
use standoff::app::charts::spec::ChartSpec;
use standoff::app::components::chart_canvas::{ChartCanvas, ChartCanvasProps};
use standoff_core::analysis::{Axis, Output, Sweep};
use standoff_core::engine::{simulate, Report};
use standoff_core::model::{format_money, presets, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{document, find, host, pixels, sleep_ms, text};

fn aws() -> (Scenario, Report) {
    let scenario = presets::by_id("twitter-aws-2023")
        .expect("the AWS preset")
        .scenario;
    let report = simulate(&scenario).expect("the preset simulates");
    (scenario, report)
}

async fn mount(spec: ChartSpec, month: Option<u32>) -> Element {
    let host = host(640);
    let props = ChartCanvasProps {
        spec: Rc::new(spec),
        label: "A chart under test".into(),
        month,
        on_select_month: None,
        height: Some(300),
    };
    let drawn_before = chart_drawn_marks();
    yew::Renderer::<ChartCanvas>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    // A chart just mounted draws when the ResizeObserver first reports its size, after the
    // browser's next layout (chart_canvas.rs): wait (up to about a second) for that drawing.
    for _ in 0..100 {
        if chart_drawn_marks() > drawn_before {
            break;
        }
        sleep_ms(10).await;
        yew::scheduler::flush().await;
    }
    host
}

/// How many `standoff:chart-drawn:*` marks the charts have placed so far.
fn chart_drawn_marks() -> usize {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0, |performance| {
            performance
                .get_entries_by_type("mark")
                .iter()
                .filter(|mark| {
                    js_sys::Reflect::get(mark, &"name".into())
                        .ok()
                        .and_then(|name| name.as_string())
                        .is_some_and(|name| name.starts_with("standoff:chart-drawn:"))
                })
                .count()
        })
}

/// How many pixels have exactly this colour.
fn count_colour(pixels: &[u8], colour: Rgb) -> usize {
    pixels
        .chunks(4)
        .filter(|pixel| pixel[0] == colour.0 && pixel[1] == colour.1 && pixel[2] == colour.2)
        .count()
}

fn ink(pixels: &[u8]) -> usize {
    pixels
        .chunks(4)
        .filter(|pixel| pixel[..3] != [255, 255, 255])
        .count()
}

async fn key(canvas: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a key event");
    canvas.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

async fn focus(canvas: &HtmlElement) {
    canvas.focus().expect("focusable");
    // A headless window may not own the focus, so the event is also sent by hand.
    let event = web_sys::FocusEvent::new("focus").expect("a focus event");
    canvas.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
fn the_backing_store_is_the_css_size_times_the_pixel_ratio() {
    let (scenario, report) = aws();
    let spec = build::cash_position(standoff_words::Lang::En, &report, &scenario, None);
    let host = host(500);
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .expect("a canvas")
        .dyn_into()
        .expect("a canvas");
    canvas
        .set_attribute("style", "display: block; width: 100%; height: 240px")
        .expect("style");
    host.append_child(&canvas).expect("append");
    for ratio in [1.0, 2.0, 3.0] {
        draw::draw(canvas.clone(), &spec, None, ratio).expect("drawn");
        assert_eq!(canvas.client_width(), 500, "the CSS size stays put");
        assert_eq!(
            canvas.width(),
            (500.0 * ratio) as u32,
            "width at ratio {ratio}"
        );
        assert_eq!(
            canvas.height(),
            (240.0 * ratio) as u32,
            "height at ratio {ratio}"
        );
        let drawn = pixels(&canvas);
        // Fonts and lines scale with the ratio, so the ink grows with the pixel count:
        // at least a twentieth of the canvas is drawn on at every ratio.
        assert!(
            ink(&drawn) * 20 > drawn.len() / 4,
            "ratio {ratio}: {} inked pixels",
            ink(&drawn)
        );
    }
    host.remove();
}

/// A detached canvas of `width` × `height` CSS pixels, as the chart component measures it.
fn bare_canvas() -> HtmlCanvasElement {
    document()
        .create_element("canvas")
        .expect("a canvas")
        .dyn_into()
        .expect("a canvas")
}

/// The chart with every value scaled: the same title, legend, months and axis descriptions,
/// but other values and another y range.
fn scaled(spec: &ChartSpec, factor: f64) -> ChartSpec {
    let mut spec = spec.clone();
    if let ChartSpec::Monthly(chart) = &mut spec {
        for series in &mut chart.series {
            for value in &mut series.values {
                *value *= factor;
            }
        }
    }
    spec
}

#[wasm_bindgen_test]
fn a_chart_drawn_over_its_kept_frame_has_the_pixels_of_one_drawn_whole() {
    let (scenario, report) = aws();
    let cash = build::cash_position(standoff_words::Lang::En, &report, &scenario, None);
    let exposure = build::arrears_exposure(standoff_words::Lang::En, &report, &scenario, None);
    let french = build::cash_position(standoff_words::Lang::Fr, &report, &scenario, None);
    let (size, ratio) = ((500, 240), 2.0);
    let whole = |spec: &ChartSpec, month: Option<u32>| {
        let canvas = bare_canvas();
        draw::draw_at_size(canvas.clone(), spec, month, size, ratio)
            .expect("drawn")
            .expect("sized");
        pixels(&canvas)
    };
    // One canvas and one frame, as a chart component keeps them, through a sequence of
    // drawings where the frame is kept (other values, another month) or must be redrawn
    // (another chart, another language, another size).
    let canvas = bare_canvas();
    let mut frame = None;
    let mut framed = |spec: &ChartSpec, month: Option<u32>, size: (i32, i32)| {
        draw::draw_framed(canvas.clone(), spec, month, size, ratio, Some(&mut frame))
            .expect("drawn")
            .expect("sized");
        pixels(&canvas)
    };
    let steps: [(&ChartSpec, Option<u32>, (i32, i32)); 7] = [
        (&cash, None, size),
        (&scaled(&cash, 3.0), Some(4), size),
        (&exposure, Some(4), size),
        (&cash, Some(4), (400, 200)),
        (&french, Some(4), size),
        (&scaled(&cash, -0.5), None, size),
        (&cash, Some(7), size),
    ];
    for (index, (spec, month, at)) in steps.into_iter().enumerate() {
        let drawn = framed(spec, month, at);
        if at == size {
            let expected = whole(spec, month);
            let differing = drawn
                .chunks(4)
                .zip(expected.chunks(4))
                .filter(|(a, b)| a != b)
                .count();
            assert_eq!(
                differing, 0,
                "step {index}: pixels differing from a whole drawing"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn the_component_draws_in_device_pixels_with_both_party_colours() {
    let (scenario, report) = aws();
    let host = mount(
        build::cash_position(standoff_words::Lang::En, &report, &scenario, None),
        None,
    )
    .await;
    let canvas: HtmlCanvasElement = find(&host, "canvas[data-testid=chart]");
    assert_eq!(canvas.get_attribute("data-chart").as_deref(), Some("cash"));
    let ratio = web_sys::window().expect("window").device_pixel_ratio();
    // The figure keeps the browser's default margins here (no stylesheet), so the canvas is
    // narrower than the host; its height is the one asked for.
    let css_width = canvas.client_width();
    assert!(css_width > 400, "laid out: {css_width}");
    assert_eq!(canvas.client_height(), 300);
    assert_eq!(
        f64::from(canvas.width()),
        (f64::from(css_width) * ratio).round()
    );
    assert_eq!(f64::from(canvas.height()), (300.0 * ratio).round());
    let drawn = pixels(&canvas);
    let customer = build::customer_colour(&scenario);
    let vendor = build::vendor_colour(&scenario);
    assert!(
        count_colour(&drawn, customer) > 30,
        "the customer's colour is drawn"
    );
    assert!(
        count_colour(&drawn, vendor) > 30,
        "the vendor's colour is drawn"
    );
    let marks = web_sys::window()
        .and_then(|window| window.performance())
        .expect("performance")
        .get_entries_by_name("standoff:chart-drawn:cash");
    assert!(
        marks.length() > 0,
        "the drawing is marked for the performance harness"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn focus_and_the_arrow_keys_read_out_a_months_exact_figures() {
    let (scenario, report) = aws();
    let host = mount(
        build::cash_position(standoff_words::Lang::En, &report, &scenario, None),
        None,
    )
    .await;
    let canvas: HtmlElement = find(&host, "canvas[data-testid=chart]");
    assert_eq!(canvas.tab_index(), 0, "the chart is reachable by keyboard");
    focus(&canvas).await;
    // Focus starts at the first month; one step right is the second month.
    let first = text(&host, "[data-testid=chart-readout]");
    assert!(first.starts_with(&report.months[0].label()), "{first}");
    key(&canvas, "ArrowRight").await;
    let readout = text(&host, "[data-testid=chart-readout]");
    let month = &report.months[1];
    assert!(readout.starts_with(&month.label()), "{readout}");
    let customer = format_money(month.customer.vs_baseline, &report.currency);
    let vendor = format_money(month.vendor.vs_baseline, &report.currency);
    assert!(
        readout.contains(&format!("{} vs baseline {customer}", report.customer_name)),
        "{readout}"
    );
    assert!(
        readout.contains(&format!("{} vs baseline {vendor}", report.vendor_name)),
        "{readout}"
    );
    // End jumps to the last month.
    key(&canvas, "End").await;
    let last = report.months.last().expect("months");
    assert!(text(&host, "[data-testid=chart-readout]").starts_with(&last.label()));
    host.remove();
}

#[wasm_bindgen_test]
async fn enter_moves_the_timeline_to_the_month_under_the_keyboard_cursor() {
    let (scenario, report) = aws();
    let chosen = Rc::new(std::cell::Cell::new(None::<u32>));
    let host = host(640);
    let props = ChartCanvasProps {
        spec: Rc::new(build::cash_position(
            standoff_words::Lang::En,
            &report,
            &scenario,
            None,
        )),
        label: "A chart under test".into(),
        month: Some(10),
        on_select_month: Some({
            let chosen = chosen.clone();
            yew::Callback::from(move |month: u32| chosen.set(Some(month)))
        }),
        height: Some(300),
    };
    yew::Renderer::<ChartCanvas>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    let canvas: HtmlElement = find(&host, "canvas[data-testid=chart]");
    // Focus starts at the timeline's month; two steps left and Enter choose month 8.
    focus(&canvas).await;
    key(&canvas, "ArrowLeft").await;
    key(&canvas, "ArrowLeft").await;
    key(&canvas, "Enter").await;
    assert_eq!(chosen.get(), Some(8));
    assert!(text(&host, "[data-testid=chart-readout]").starts_with(&report.months[8].label()));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_data_table_has_one_row_per_month_with_exact_amounts() {
    let (scenario, report) = aws();
    let host = mount(
        build::arrears_exposure(standoff_words::Lang::En, &report, &scenario, None),
        None,
    )
    .await;
    assert!(
        host.query_selector("table").expect("selector").is_none(),
        "a closed table is not built"
    );
    let summary: HtmlElement = find(&host, "details.chart-data summary");
    summary.click();
    // The details element opens, then tells it with a `toggle` event in a task of its own,
    // which the table follows; it stays open.
    sleep_ms(10).await;
    yew::scheduler::flush().await;
    let details: Element = find(&host, "details.chart-data");
    assert!(details.has_attribute("open"), "the table stays open");
    let rows = host
        .query_selector_all("table[data-testid=chart-table] tbody tr")
        .expect("selector");
    assert_eq!(rows.length() as usize, report.months.len());
    // The last row's first amount is that month's arrears, exact.
    let last = report.months.last().expect("months");
    let cells = rows
        .item(rows.length() - 1)
        .expect("a row")
        .dyn_into::<Element>()
        .expect("an element")
        .query_selector_all("th, td")
        .expect("cells");
    let cell = |index: u32| {
        cells
            .item(index)
            .and_then(|cell| cell.text_content())
            .unwrap_or_default()
    };
    assert_eq!(cell(0), last.label());
    assert_eq!(cell(1), format_money(last.arrears, &report.currency));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_cursor_greys_the_months_after_it() {
    let (scenario, report) = aws();
    let whole = mount(
        build::cash_position(standoff_words::Lang::En, &report, &scenario, None),
        None,
    )
    .await;
    let at_month = mount(
        build::cash_position(standoff_words::Lang::En, &report, &scenario, None),
        Some(6),
    )
    .await;
    let whole_pixels = pixels(&find(&whole, "canvas"));
    let cursor_pixels = pixels(&find(&at_month, "canvas"));
    let customer = build::customer_colour(&scenario);
    // Behind the grey veil the later months lose their full colour.
    assert!(
        count_colour(&cursor_pixels, customer) < count_colour(&whole_pixels, customer),
        "fewer pixels keep the customer's full colour after the cursor"
    );
    whole.remove();
    at_month.remove();
}

#[wasm_bindgen_test]
async fn the_heatmap_draws_its_cells_in_the_colours_of_the_scale() {
    let scenario = Scenario::default();
    let sweep = Sweep {
        x: Axis {
            id: "payment.delay_days".into(),
            label: "Payment delay".into(),
            values: vec![Decimal::from(0), Decimal::from(30), Decimal::from(60)],
        },
        y: Axis {
            id: "payment.net_days".into(),
            label: "Net days".into(),
            values: vec![Decimal::from(30), Decimal::from(60)],
        },
        // Lowest 0, highest 100, 50 half-way: the first, last and middle stops of the scale.
        values: [0, 50, 100, 50, 0, 100]
            .iter()
            .map(|v| Some(Decimal::from(*v)))
            .collect(),
        min: Some(Decimal::from(0)),
        max: Some(Decimal::from(100)),
        failures: 0,
        first_error: None,
    };
    let host = mount(
        build::heatmap(
            standoff_words::Lang::En,
            &sweep,
            &scenario,
            Output::PeakArrears,
        ),
        None,
    )
    .await;
    let canvas: HtmlCanvasElement = find(&host, "canvas");
    assert_eq!(
        canvas.get_attribute("data-chart").as_deref(),
        Some("heatmap")
    );
    let drawn = pixels(&canvas);
    let cell_area = |colour: Rgb| count_colour(&drawn, colour);
    // Each cell is well over 40 × 40 CSS pixels; two cells share each colour.
    for stop in [HEAT_STOPS[0], HEAT_STOPS[2], HEAT_STOPS[4]] {
        assert!(
            cell_area(stop) > 2 * 40 * 40,
            "{stop:?}: {}",
            cell_area(stop)
        );
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn a_running_monte_carlo_fan_is_drawn_with_its_progress() {
    let scenario = Scenario::default();
    let host = mount(
        build::fan(standoff_words::Lang::En, None, &scenario, Some(0.4)),
        None,
    )
    .await;
    let canvas: HtmlCanvasElement = find(&host, "canvas");
    assert_eq!(canvas.get_attribute("data-chart").as_deref(), Some("fan"));
    assert!(
        ink(&pixels(&canvas)) > 1000,
        "the frame and the progress are drawn"
    );
    host.remove();
}
