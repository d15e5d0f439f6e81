//! A chart: a canvas that draws a [`ChartSpec`] crisply at any devicePixelRatio and redraws
//! only when the spec, its size, the pixel ratio or the timeline month changes, and only while
//! it is in or near the viewport (a chart scrolled away catches up when it comes back); a
//! readout of the exact values under the mouse or the keyboard cursor; the data table behind
//! it; and a "Download PNG" button.
//!
//! The canvas is focusable: ← and → step through months (or bars, markers, cells), ↑ and ↓
//! move up and down a heatmap's rows or a tornado's bars, Home and End jump to the ends, and
//! Enter moves the timeline to the month under the cursor when the page listens for it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::app::charts::draw;
use crate::app::charts::frame::Frame;
use crate::app::charts::layout::plot_box::{point_at, PlotBox};
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_readout::ChartReadout;
use crate::app::components::chart_table::ChartTable;
use crate::app::effects::download::download_canvas_png;
use crate::app::effects::element_style::set_style;
use crate::app::effects::near_viewport::use_near_viewport;
use crate::app::effects::observe_size::{use_element_size, ElementSize};
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

/// How far outside the viewport (CSS pixels, above and below) a chart still counts as near
/// and keeps redrawing, so that a chart scrolled into view is usually already up to date.
const NEAR_VIEWPORT_MARGIN: &str = "300px 0px";

/// Where the last drawing put the plot, for mapping the mouse to a month. Not state: it
/// changes with every drawing and nothing renders from it.
type PlotRef = Rc<RefCell<Option<PlotBox>>>;

#[function_component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let lang = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let cursor_ref = use_node_ref();
    let cursor = use_state_eq(|| None::<usize>);
    let instance = use_state(next_instance);
    let spec = props.spec.clone();
    let kind = spec.meta().kind.clone();
    let readout_id = AttrValue::from(format!("chart-readout-{kind}-{}", *instance));
    let height = props.height.unwrap_or_else(|| spec.preferred_height());

    use_fill_height(&box_ref, &canvas_ref, height);
    let size = use_element_size(canvas_ref.clone());
    let near = use_near_viewport(canvas_ref.clone(), NEAR_VIEWPORT_MARGIN);
    let plot = use_drawing(&canvas_ref, &spec, props.month, size, near);
    use_hover_line(&cursor_ref, &spec, &plot, *cursor, size);

    let select = select_month(&spec, props.on_select_month.clone());
    let onmousemove = {
        let cursor = cursor.clone();
        on_point(&spec, &plot, Rc::new(move |point| cursor.set(Some(point))))
    };
    let onclick = on_point(&spec, &plot, select.clone());
    let onmouseleave = {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| cursor.set(None))
    };
    let onfocus = on_focus(&spec, props.month, cursor.clone());
    let onkeydown = on_key(&spec, cursor.clone(), select);
    let on_download = {
        let (canvas_ref, kind) = (canvas_ref.clone(), kind.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                download_canvas_png(&canvas, &format!("standoff-{kind}.png"));
            }
        })
    };

    let title = &spec.meta().title;
    let download_label = format!(
        "{}{} {}",
        lang.t(Msg::DownloadPng),
        lang.t(Msg::Colon),
        quoted(lang, title)
    );
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
                    data-chart={kind}
                    {onmousemove}
                    {onmouseleave}
                    {onclick}
                    {onfocus}
                    {onkeydown}
                ></canvas>
                <div class="chart-cursor" ref={cursor_ref} aria-hidden="true"></div>
            </div>
            <ChartReadout id={readout_id} text={cursor.and_then(|index| spec.readout(index))} />
            <div class="chart-actions">
                <ChartTable spec={spec.clone()} />
                <button type="button" class="chart-download" aria-label={download_label} onclick={on_download}>
                    { lang.t(Msg::DownloadPng) }
                </button>
            </div>
        </figure>
    }
}

/// A number for each chart on the page, so that its readout's id is unique even when the
/// same kind of chart appears twice (compare mode).
fn next_instance() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Gives the box its height and makes the canvas fill it whatever the stylesheet says, so
/// that the canvas never sizes itself from its own backing store.
#[hook]
fn use_fill_height(box_ref: &NodeRef, canvas_ref: &NodeRef, height: u32) {
    let (box_ref, canvas_ref) = (box_ref.clone(), canvas_ref.clone());
    use_effect_with(height, move |height| {
        let height = format!("{height}px");
        set_style(
            &box_ref,
            &[("position", "relative"), ("height", height.as_str())],
        );
        set_style(
            &canvas_ref,
            &[("display", "block"), ("width", "100%"), ("height", "100%")],
        );
    });
}

/// Draws when the spec, the size, the ratio or the month changed since the last drawing,
/// unless the chart is far from the viewport: it then catches up when it comes near. Returns
/// where the last drawing put the plot.
#[hook]
fn use_drawing(
    canvas_ref: &NodeRef,
    spec: &Rc<ChartSpec>,
    month: Option<u32>,
    size: ElementSize,
    near: Option<bool>,
) -> PlotRef {
    let plot = use_mut_ref(|| None::<PlotBox>);
    let drawn = use_mut_ref(Drawn::default);
    {
        let (canvas_ref, plot) = (canvas_ref.clone(), plot.clone());
        use_effect_with(
            (spec.clone(), size, month, near),
            move |(spec, size, month, near)| {
                if *near != Some(false) {
                    let key = DrawnKey {
                        spec: spec.clone(),
                        size: *size,
                        month: *month,
                    };
                    drawn.borrow_mut().draw_if_changed(&canvas_ref, key, &plot);
                }
            },
        );
    }
    plot
}

/// What the last drawing was made from, so that an effect that runs again for the same
/// inputs does not draw again.
#[derive(Clone, PartialEq)]
struct DrawnKey {
    spec: Rc<ChartSpec>,
    size: ElementSize,
    month: Option<u32>,
}

impl DrawnKey {
    /// The same inputs as `other`. The same `Rc` is the same chart, so pointer equality
    /// settles most comparisons without comparing two specs deeply.
    fn same_as(&self, other: &DrawnKey) -> bool {
        (Rc::ptr_eq(&self.spec, &other.spec)
            && (self.size, self.month) == (other.size, other.month))
            || self == other
    }
}

/// What a chart keeps between drawings: the inputs of the last one, and a monthly chart's
/// static parts ([`Frame`]), copied rather than drawn again while they are unchanged.
#[derive(Default)]
struct Drawn {
    last: Option<DrawnKey>,
    frame: Option<Frame>,
}

impl Drawn {
    /// Draws unless the last drawing was made from the same inputs. The size is the one the
    /// ResizeObserver last reported: a chart just mounted waits for that first report, since
    /// measuring the canvas here would make the browser lay the page out there and then,
    /// inside the task that mounted the chart.
    fn draw_if_changed(&mut self, canvas_ref: &NodeRef, key: DrawnKey, plot: &PlotRef) {
        let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
            return;
        };
        if !key.size.is_laid_out() || self.last.as_ref().is_some_and(|last| last.same_as(&key)) {
            return;
        }
        let kind = key.spec.meta().kind.as_str();
        let ElementSize {
            width,
            height,
            ratio,
        } = key.size;
        let frame = Some(&mut self.frame);
        match draw::draw_framed(canvas, &key.spec, key.month, (width, height), ratio, frame) {
            Ok(Some(drawn_plot)) => {
                *plot.borrow_mut() = Some(drawn_plot);
                mark_drawn(kind);
                self.last = Some(key);
            }
            // Not laid out yet: the size watch will ask again.
            Ok(None) => {}
            Err(error) => {
                web_sys::console::error_1(&format!("chart {kind} not drawn: {error}").into());
            }
        }
    }
}

/// Leaves a `standoff:chart-drawn:<kind>` performance mark, which the tests and the
/// benchmarks wait for.
fn mark_drawn(kind: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(&format!("standoff:chart-drawn:{kind}"));
    }
}

/// Places the hover line of a monthly chart over the month under the cursor, or hides it.
#[hook]
fn use_hover_line(
    cursor_ref: &NodeRef,
    spec: &Rc<ChartSpec>,
    plot: &PlotRef,
    cursor: Option<usize>,
    size: ElementSize,
) {
    let (cursor_ref, plot) = (cursor_ref.clone(), plot.clone());
    use_effect_with(
        (cursor, spec.clone(), size),
        move |(cursor, spec, _)| match (spec.as_ref(), cursor, *plot.borrow()) {
            (ChartSpec::Monthly(_), Some(index), Some(plot)) => {
                let left = format!("{:.1}px", plot.to_css_x(*index as f64));
                let top = format!("{:.1}px", plot.top);
                let height = format!("{:.1}px", plot.bottom - plot.top);
                set_style(
                    &cursor_ref,
                    &[
                        ("display", "block"),
                        ("left", &left),
                        ("top", &top),
                        ("height", &height),
                    ],
                );
            }
            _ => set_style(&cursor_ref, &[("display", "none")]),
        },
    );
}

/// What selecting point `index` does: on a monthly chart whose page listens, move the
/// timeline there.
fn select_month(spec: &ChartSpec, on_select: Option<Callback<u32>>) -> Rc<dyn Fn(usize)> {
    let monthly = spec.is_monthly();
    Rc::new(move |index: usize| {
        if let (true, Some(on_select), Ok(month)) =
            (monthly, on_select.as_ref(), u32::try_from(index))
        {
            on_select.emit(month);
        }
    })
}

/// Calls `then` with the point under the mouse, if there is one.
fn on_point(spec: &Rc<ChartSpec>, plot: &PlotRef, then: Rc<dyn Fn(usize)>) -> Callback<MouseEvent> {
    let (spec, plot) = (spec.clone(), plot.clone());
    Callback::from(move |event: MouseEvent| {
        let under = (*plot.borrow()).and_then(|plot| {
            let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
            point_at(&spec, &plot, x, y)
        });
        if let Some(point) = under {
            then(point);
        }
    })
}

/// Focus puts the keyboard cursor on the timeline's month (or the first point) when there is
/// none yet.
fn on_focus(
    spec: &ChartSpec,
    month: Option<u32>,
    cursor: UseStateHandle<Option<usize>>,
) -> Callback<FocusEvent> {
    let points = spec.point_count();
    let start = match (spec.is_monthly(), month) {
        (true, Some(month)) => month as usize,
        _ => 0,
    };
    Callback::from(move |_: FocusEvent| {
        if cursor.is_none() && points > 0 {
            cursor.set(Some(start.min(points - 1)));
        }
    })
}

/// What a key does to the keyboard cursor.
#[derive(Debug, PartialEq)]
enum KeyMove {
    To(usize),
    Select(usize),
    Ignore,
}

/// The move that `key` makes from `current` among `points` points, `up` points apart
/// vertically.
fn key_move(key: &str, current: usize, points: usize, up: isize) -> KeyMove {
    let Some(last) = points.checked_sub(1) else {
        return KeyMove::Ignore;
    };
    KeyMove::To(match key {
        "ArrowRight" => current.saturating_add(1).min(last),
        "ArrowLeft" => current.saturating_sub(1),
        "ArrowUp" => current.saturating_add_signed(up).min(last),
        "ArrowDown" => current.saturating_add_signed(-up).min(last),
        "Home" => 0,
        "End" => last,
        "Enter" => return KeyMove::Select(current),
        _ => return KeyMove::Ignore,
    })
}

fn on_key(
    spec: &ChartSpec,
    cursor: UseStateHandle<Option<usize>>,
    select: Rc<dyn Fn(usize)>,
) -> Callback<KeyboardEvent> {
    let (points, up) = (spec.point_count(), spec.up_step());
    Callback::from(move |event: KeyboardEvent| {
        match key_move(&event.key(), cursor.unwrap_or(0), points, up) {
            KeyMove::To(next) => {
                // The arrows would otherwise scroll the page.
                event.prevent_default();
                cursor.set(Some(next));
            }
            KeyMove::Select(point) => select(point),
            KeyMove::Ignore => {}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_the_cursor_within_the_points() {
        // A heatmap of 4 columns and 3 rows: up is 4 points on.
        assert_eq!(key_move("ArrowRight", 11, 12, 4), KeyMove::To(11));
        assert_eq!(key_move("ArrowLeft", 0, 12, 4), KeyMove::To(0));
        assert_eq!(key_move("ArrowUp", 5, 12, 4), KeyMove::To(9));
        assert_eq!(key_move("ArrowUp", 9, 12, 4), KeyMove::To(11));
        assert_eq!(key_move("ArrowDown", 2, 12, 4), KeyMove::To(0));
        assert_eq!(key_move("End", 2, 12, 4), KeyMove::To(11));
        assert_eq!(key_move("Home", 7, 12, 4), KeyMove::To(0));
        assert_eq!(key_move("Enter", 7, 12, 4), KeyMove::Select(7));
        assert_eq!(key_move("a", 7, 12, 4), KeyMove::Ignore);
        assert_eq!(key_move("ArrowRight", 0, 0, 1), KeyMove::Ignore);
    }
}
