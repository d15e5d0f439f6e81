//! The class debrief's picture: the bargaining number line of the class's scenario (the
//! predicted range and prices) with the lowest, median and highest price the class's games
//! settled at.

use rust_decimal::Decimal;

use super::build::bargaining_picture;
use super::colour::palette;
use super::series::to_f64;
use super::spec::{ChartSpec, PriceMarker};
use standoff_core::analysis::Bargaining;
use standoff_core::model::Scenario;
use standoff_words::format::money;
use standoff_words::game::ClassDebriefMsg;
use standoff_words::Lang;

/// The bargaining picture of `scenario` with the class's settlement `prices` marked (none
/// when no game settled).
pub fn class_picture(
    lang: Lang,
    bargaining: &Bargaining,
    scenario: &Scenario,
    prices: &[Decimal],
) -> ChartSpec {
    let mut spec = bargaining_picture(lang, bargaining, scenario);
    if let ChartSpec::Bargaining(chart) = &mut spec {
        let currency = scenario.customer.currency.as_str();
        let marker = |label: ClassDebriefMsg, price: Decimal| PriceMarker {
            label: lang.t(label).to_string(),
            value: to_f64(price),
            exact: money(lang, price, currency),
            colour: palette(2),
        };
        let mut sorted = prices.to_vec();
        sorted.sort();
        // The lower middle of an even count: a price some game actually settled at.
        let middle = sorted.len().saturating_sub(1) / 2;
        let picks = [
            (ClassDebriefMsg::LowestPrice, sorted.first()),
            (ClassDebriefMsg::MedianPrice, sorted.get(middle)),
            (ClassDebriefMsg::HighestPrice, sorted.last()),
        ];
        for (label, price) in picks {
            if let Some(price) = price {
                chart.markers.push(marker(label, *price));
            }
        }
    }
    spec
}
