//! A chart: a canvas that draws a [`ChartSpec`] crisply at any devicePixelRatio and redraws
//! only when the spec, its size, the pixel ratio or the timeline month changes, and only while
//! it is in or near the viewport (a chart scrolled away catches up when it comes back); a readout of
//! the exact values under the mouse or the keyboard cursor; the data table behind it; and a
//! "Download PNG" button.
//!
//! The canvas is focusable: ← and → step through months (or bars, markers, cells), ↑ and ↓
//! move up and down a heatmap's rows or a tornado's bars, Home and End jump to the ends, and
//! Enter moves the timeline to the month under the cursor when the page listens for it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};
use yew::prelude::*;

use crate::app::charts::draw::{self, point_at, Frame, PlotBox};
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_readout::chart_readout;
use crate::app::components::chart_table::ChartTable;
use crate::app::use_lang;
use standoff_words::format::quoted;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub spec: Rc<ChartSpec>,
    /// What the chart shows, for screen readers.
    pub label: AttrValue,
    /// The timeline cursor (0-based month); monthly charts draw a line there.
    #[prop_or_default]
    pub month: Option<u32>,
    /// Called with a month when the user clicks it or presses Enter on it.
    #[prop_or_default]
    pub on_select_month: Option<Callback<u32>>,
    /// The chart's height in CSS pixels; by default one that suits its kind.
    #[prop_or_default]
    pub height: Option<u32>,
}

/// What the last drawing was made from, so that an effect that runs again for the same
/// inputs does not draw again.
#[derive(Clone, PartialEq)]
struct DrawnKey {
    spec: Rc<ChartSpec>,
    width: i32,
    height: i32,
    ratio: f64,
    month: Option<u32>,
}

/// What a chart keeps between drawings: the inputs of the last one, and a monthly chart's
/// static parts (`draw::Frame`), copied rather than drawn again while they are unchanged.
#[derive(Default)]
struct Drawn {
    last: Option<DrawnKey>,
    frame: Option<Frame>,
}

/// A number for each chart on the page, so that its readout's id is unique even when the
/// same kind of chart appears twice (compare mode).
fn next_instance() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |window| window.device_pixel_ratio())
}

/// How far outside the viewport (CSS pixels, above and below) a chart still counts as near
/// and keeps redrawing, so that a chart scrolled into view is usually already up to date.
const NEAR_VIEWPORT_MARGIN: &str = "300px 0px";

/// Holds the observers and their callbacks together, so that dropping it disconnects them.
struct SizeWatch {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn FnMut()>,
    _listener: Option<gloo::events::EventListener>,
    visibility: Option<web_sys::IntersectionObserver>,
    _visibility_callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        if let Some(observer) = &self.visibility {
            observer.disconnect();
        }
    }
}

/// An observer that reports whether the element is within [`NEAR_VIEWPORT_MARGIN`] of the
/// viewport, or `None` where the browser has no IntersectionObserver (then charts always draw).
fn watch_visibility(
    element: Option<web_sys::Element>,
    callback: &Closure<dyn FnMut(js_sys::Array)>,
) -> Option<web_sys::IntersectionObserver> {
    let element = element?;
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(NEAR_VIEWPORT_MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(&element);
    Some(observer)
}

#[function_component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let lang = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let cursor_ref = use_node_ref();
    // The measured CSS size and pixel ratio; a change redraws. Measured by the ResizeObserver,
    // after layout, so that a redraw after an input never forces a layout of the page.
    let size = use_state_eq(|| (0_i32, 0_i32, 1.0_f64));
    // Whether the chart is in or near the viewport; `None` until the IntersectionObserver
    // first reports (a chart draws once when mounted, wherever it is).
    let near = use_state_eq(|| None::<bool>);
    // Where the last drawing put the plot, for mapping the mouse to a month. A ref, not
    // state: it changes with every drawing and nothing renders from it.
    let plot = use_mut_ref(|| None::<PlotBox>);
    let cursor = use_state_eq(|| None::<usize>);
    let drawn = use_mut_ref(Drawn::default);
    let instance = use_state(next_instance);
    let spec = props.spec.clone();
    let kind = spec.meta().kind.clone();
    let readout_id = format!("chart-readout-{kind}-{}", *instance);
    let height = props.height.unwrap_or_else(|| spec.preferred_height());

    // The box gets its height through the CSS object model (allowed under a strict content
    // security policy, unlike a style attribute), so the canvas never sizes itself from its
    // own backing store.
    // The canvas fills the box whatever the stylesheet says, for the same reason.
    {
        let box_ref = box_ref.clone();
        let canvas_ref = canvas_ref.clone();
        use_effect_with(height, move |height| {
            if let Some(element) = box_ref.cast::<HtmlElement>() {
                let style = element.style();
                let _ = style.set_property("position", "relative");
                let _ = style.set_property("height", &format!("{height}px"));
            }
            if let Some(canvas) = canvas_ref.cast::<HtmlElement>() {
                let style = canvas.style();
                let _ = style.set_property("display", "block");
                let _ = style.set_property("width", "100%");
                let _ = style.set_property("height", "100%");
            }
        });
    }

    // Watches the box's size (ResizeObserver) and the window (pixel ratio changes on zoom or
    // when the window moves to another screen).
    {
        let box_ref = box_ref.clone();
        let canvas_ref = canvas_ref.clone();
        let size = size.clone();
        let near = near.clone();
        use_effect_with((), move |_| {
            let measure = Rc::new(move || {
                if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                    size.set((canvas.client_width(), canvas.client_height(), pixel_ratio()));
                }
            });
            let on_resize = measure.clone();
            let callback = Closure::<dyn FnMut()>::new(move || on_resize());
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            match (&observer, box_ref.cast::<web_sys::Element>()) {
                (Some(observer), Some(element)) => observer.observe(&element),
                // Without an observer the canvas is measured here, once, at the cost of a
                // layout of the page; the window's resize events keep it up to date.
                _ => measure(),
            }
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "resize", move |_| measure())
            });
            let visibility_callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    // The last entry is the newest state of our one element.
                    if let Some(entry) = entries.iter().last().and_then(|entry| {
                        entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok()
                    }) {
                        near.set(Some(entry.is_intersecting()));
                    }
                });
            let visibility =
                watch_visibility(box_ref.cast::<web_sys::Element>(), &visibility_callback);
            let watch = SizeWatch {
                observer,
                _callback: callback,
                _listener: listener,
                visibility,
                _visibility_callback: visibility_callback,
            };
            move || drop(watch)
        });
    }

    // Draws when the spec, the size, the ratio or the month changed since the last drawing,
    // unless the chart is far from the viewport: it then catches up when it comes near.
    {
        let canvas_ref = canvas_ref.clone();
        let plot = plot.clone();
        let drawn = drawn.clone();
        let kind = kind.clone();
        use_effect_with(
            (spec.clone(), *size, props.month, height, *near),
            move |(spec, size, month, _, near)| {
                if *near != Some(false) {
                    draw_if_changed(&canvas_ref, spec, *month, *size, &drawn, &plot, &kind);
                }
            },
        );
    }

    // Places the hover line of a monthly chart over the month under the cursor.
    {
        let cursor_ref = cursor_ref.clone();
        let spec = spec.clone();
        let plot = plot.clone();
        use_effect_with((*cursor, spec.clone(), *size), move |(cursor, _, _)| {
            let plot = *plot.borrow();
            let position = match (spec.as_ref(), cursor, plot) {
                (ChartSpec::Monthly(_), Some(index), Some(plot)) => Some((
                    plot.to_css_x(*index as f64),
                    plot.top,
                    plot.bottom - plot.top,
                )),
                _ => None,
            };
            if let Some(element) = cursor_ref.cast::<HtmlElement>() {
                let style = element.style();
                match position {
                    Some((left, top, height)) => {
                        let _ = style.set_property("display", "block");
                        let _ = style.set_property("left", &format!("{left:.1}px"));
                        let _ = style.set_property("top", &format!("{top:.1}px"));
                        let _ = style.set_property("height", &format!("{height:.1}px"));
                    }
                    None => {
                        let _ = style.set_property("display", "none");
                    }
                }
            }
        });
    }

    let points = spec.point_count();
    let select = {
        let on_select = props.on_select_month.clone();
        let monthly = spec.is_monthly();
        move |index: usize| {
            if let (true, Some(on_select), Ok(month)) =
                (monthly, on_select.as_ref(), u32::try_from(index))
            {
                on_select.emit(month);
            }
        }
    };
    let onmousemove = {
        let cursor = cursor.clone();
        let spec = spec.clone();
        let plot = plot.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(plot) = *plot.borrow() {
                let point = point_at(
                    &spec,
                    &plot,
                    f64::from(event.offset_x()),
                    f64::from(event.offset_y()),
                );
                if point.is_some() {
                    cursor.set(point);
                }
            }
        })
    };
    let onmouseleave = {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| cursor.set(None))
    };
    let onclick = {
        let spec = spec.clone();
        let plot = plot.clone();
        let select = select.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(plot) = *plot.borrow() {
                if let Some(point) = point_at(
                    &spec,
                    &plot,
                    f64::from(event.offset_x()),
                    f64::from(event.offset_y()),
                ) {
                    select(point);
                }
            }
        })
    };
    let onfocus = {
        let cursor = cursor.clone();
        let start = if spec.is_monthly() {
            props.month.map_or(0, |month| month as usize)
        } else {
            0
        };
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() && points > 0 {
                cursor.set(Some(start.min(points - 1)));
            }
        })
    };
    let onkeydown = {
        let cursor = cursor.clone();
        let up = spec.up_step();
        Callback::from(move |event: KeyboardEvent| {
            if points == 0 {
                return;
            }
            let last = points - 1;
            let current = cursor.unwrap_or(0);
            let next = match event.key().as_str() {
                "ArrowRight" => current.saturating_add(1).min(last),
                "ArrowLeft" => current.saturating_sub(1),
                "ArrowUp" => current.saturating_add_signed(up).min(last),
                "ArrowDown" => current.saturating_add_signed(-up).min(last),
                "Home" => 0,
                "End" => last,
                "Enter" => {
                    select(current);
                    return;
                }
                _ => return,
            };
            // The arrows would otherwise scroll the page.
            event.prevent_default();
            cursor.set(Some(next));
        })
    };
    let on_download = {
        let canvas_ref = canvas_ref.clone();
        let kind = kind.clone();
        Callback::from(move |_: MouseEvent| download_png(&canvas_ref, &kind))
    };

    let title = spec.meta().title.clone();
    html! {
        <figure class="chart-figure" data-chart={kind.clone()}>
            <div class="chart" ref={box_ref}>
                <canvas
                    ref={canvas_ref}
                    role="img"
                    tabindex="0"
                    aria-label={props.label.clone()}
                    aria-describedby={readout_id.clone()}
                    data-testid="chart"
                    data-chart={kind.clone()}
                    {onmousemove}
                    {onmouseleave}
                    {onclick}
                    {onfocus}
                    {onkeydown}
                ></canvas>
                <div class="chart-cursor" ref={cursor_ref} aria-hidden="true"></div>
            </div>
            { chart_readout(lang, readout_id.into(), cursor.and_then(|index| spec.readout(index))) }
            <div class="chart-actions">
                <ChartTable spec={spec.clone()} />
                <button type="button" class="chart-download" aria-label={format!("{}{} {}", lang.t(Msg::DownloadPng), lang.t(Msg::Colon), quoted(lang, &title))} onclick={on_download}>
                    { lang.t(Msg::DownloadPng) }
                </button>
            </div>
        </figure>
    }
}

/// Draws unless the last drawing was made from the same inputs. `measured` is the size the
/// ResizeObserver last reported. A chart just mounted waits for its first report, which the
/// browser makes after its next layout and before painting that frame: measuring the canvas
/// here instead would make the browser lay the page out there and then, inside the task that
/// mounted the chart (up to 20 ms when an analysis result appears; docs/performance.md).
fn draw_if_changed(
    canvas_ref: &NodeRef,
    spec: &Rc<ChartSpec>,
    month: Option<u32>,
    measured: (i32, i32, f64),
    drawn: &Rc<RefCell<Drawn>>,
    plot: &Rc<RefCell<Option<PlotBox>>>,
    kind: &str,
) {
    let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
        return;
    };
    let (width, height, ratio) = measured;
    if width <= 0 || height <= 0 {
        return;
    }
    let key = DrawnKey {
        spec: spec.clone(),
        width,
        height,
        ratio,
        month,
    };
    // Pointer equality first: the same Rc is the same chart, with no deep comparison.
    let mut drawn = drawn.borrow_mut();
    if drawn.last.as_ref().is_some_and(|last| {
        Rc::ptr_eq(&last.spec, &key.spec)
            && (last.width, last.height, last.month) == (width, height, month)
            && last.ratio == ratio
    }) || drawn.last.as_ref() == Some(&key)
    {
        return;
    }
    match draw::draw_framed(
        canvas,
        spec,
        month,
        (width, height),
        ratio,
        Some(&mut drawn.frame),
    ) {
        Ok(Some(drawn_plot)) => {
            *plot.borrow_mut() = Some(drawn_plot);
            drawn.last = Some(key);
            if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
                let _ = performance.mark(&format!("standoff:chart-drawn:{kind}"));
            }
        }
        // Not laid out yet: the size watch will ask again.
        Ok(None) => {}
        Err(error) => {
            web_sys::console::error_1(&format!("chart {kind} not drawn: {error}").into());
        }
    }
}

/// Saves the canvas as `standoff-<kind>.png` through a temporary link.
fn download_png(canvas_ref: &NodeRef, kind: &str) {
    let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Ok(url) = canvas.to_data_url_with_type("image/png") else {
        return;
    };
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(link) = link {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", &format!("standoff-{kind}.png"));
        link.click();
    }
}
