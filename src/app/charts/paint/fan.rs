//! A Monte Carlo fan: the 5–95 % band, the 25–75 % band inside it and the median line, in
//! shades of the median's colour; while the runs go on, their progress over the plot.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use standoff_words::Lang;

use super::monthly::visible;
use crate::app::charts::canvas::{err, rgb, Area, Plot, Scale};
use crate::app::charts::colour::{lighten, INK};
use crate::app::charts::spec::MonthlyChart;

/// The fan of `chart`, whose five series are the 5th, 25th, 50th, 75th and 95th percentiles,
/// over its first `shown` months. A chart without five series draws nothing.
pub fn draw_fan(
    plot: &mut Plot<'_>,
    chart: &MonthlyChart,
    shown: usize,
    scale: Scale,
) -> Result<(), String> {
    let [p5, p25, p50, p75, p95] = match chart.series.as_slice() {
        [a, b, c, d, e] => [a, b, c, d, e],
        _ => return Ok(()),
    };
    // A band's outline runs along its upper series and back along its lower one.
    let band = |low: &[f64], high: &[f64]| -> Vec<(f64, f64)> {
        let mut points = visible(high, shown);
        let mut lower = visible(low, shown);
        lower.reverse();
        points.extend(lower);
        points
    };
    let colour = p50.colour;
    plot.draw_series(std::iter::once(Polygon::new(
        band(&p5.values, &p95.values),
        rgb(lighten(colour, 0.8)).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(std::iter::once(Polygon::new(
        band(&p25.values, &p75.values),
        rgb(lighten(colour, 0.55)).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(LineSeries::new(
        visible(&p50.values, shown),
        rgb(colour).stroke_width(scale.px(2.5).max(1)),
    ))
    .map_err(err)?;
    Ok(())
}

/// "Running… 42 %" while the fan's runs go on (`progress` is the share done).
fn progress_text(lang: Lang, progress: f32) -> String {
    let percent = (f64::from(progress) * 100.0).clamp(0.0, 100.0).floor();
    match lang {
        Lang::En => format!("Running… {percent:.0} %"),
        Lang::Fr => format!("Calcul en cours… {percent:.0}\u{202f}%"),
    }
}

/// The progress in a white box in the middle of `area`.
pub fn draw_progress(area: &Area, lang: Lang, progress: f32, scale: Scale) -> Result<(), String> {
    let (width, height) = area.dim_in_pixel();
    let (cx, cy) = (
        i32::try_from(width / 2).unwrap_or(0),
        i32::try_from(height / 2).unwrap_or(0),
    );
    area.draw(&Rectangle::new(
        [
            (cx - scale.i(80.0), cy - scale.i(16.0)),
            (cx + scale.i(80.0), cy + scale.i(16.0)),
        ],
        WHITE.mix(0.9).filled(),
    ))
    .map_err(err)?;
    area.draw(&Text::new(
        progress_text(lang, progress),
        (cx, cy),
        scale
            .text(15.0, INK)
            .pos(Pos::new(HPos::Center, VPos::Center)),
    ))
    .map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_whole_percent_rounded_down() {
        assert_eq!(progress_text(Lang::En, 0.426), "Running… 42 %");
        assert_eq!(
            progress_text(Lang::Fr, 1.5),
            "Calcul en cours… 100\u{202f}%"
        );
    }
}
