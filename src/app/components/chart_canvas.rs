//! A canvas that draws a line chart and redraws when its data or its size changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::line_chart;
use crate::app::charts::series::LineChartData;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub data: Rc<LineChartData>,
    /// What the chart shows, for screen readers.
    pub label: AttrValue,
}

#[function_component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    // Bumped on every window resize so that the drawing effect runs again.
    let resize_generation = use_state(|| 0_u32);

    {
        let resize_generation = resize_generation.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "resize", move |_| {
                    resize_generation.set(resize_generation.wrapping_add(1));
                })
            });
            move || drop(listener)
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(
            (props.data.clone(), *resize_generation),
            move |(data, _)| {
                if let Some(canvas) = canvas_ref.cast::<web_sys::HtmlCanvasElement>() {
                    let ratio = web_sys::window().map_or(1.0, |window| window.device_pixel_ratio());
                    if let Err(error) = line_chart::draw(canvas, data, ratio) {
                        web_sys::console::error_1(&format!("chart not drawn: {error}").into());
                    }
                }
            },
        );
    }

    html! {
        <div class="chart">
            <canvas ref={canvas_ref} role="img" aria-label={props.label.clone()} data-testid="chart"></canvas>
        </div>
    }
}
