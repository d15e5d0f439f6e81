//! The class debrief's picture: the bargaining number line of the class's scenario (the
//! predicted range and prices) with the prices the class's games settled at and how many
//! games settled at each.

use rust_decimal::Decimal;

use super::build::bargaining_picture;
use super::colour::palette;
use super::series::to_f64;
use super::spec::{ChartSpec, PriceMarker};
use standoff_core::analysis::Bargaining;
use standoff_core::model::Scenario;
use standoff_words::format::money;
use standoff_words::game::{games_at_price, ClassDebriefMsg};
use standoff_words::Lang;

/// The most distinct prices marked one by one; beyond, the lowest, median and highest.
const PRICES_MARKED: usize = 8;

/// The bargaining picture of `scenario` with the class's settlement `prices` marked (none
/// when no game settled): each price with the number of games that settled at it, or, when the
/// class settled at many prices, the lowest, median and highest.
pub fn class_picture(
    lang: Lang,
    bargaining: &Bargaining,
    scenario: &Scenario,
    prices: &[Decimal],
) -> ChartSpec {
    let mut spec = bargaining_picture(lang, bargaining, scenario);
    if let ChartSpec::Bargaining(chart) = &mut spec {
        let currency = scenario.customer.currency.as_str();
        let marker = |label: String, price: Decimal| PriceMarker {
            label,
            value: to_f64(price),
            exact: money(lang, price, currency),
            colour: palette(2),
        };
        let mut sorted = prices.to_vec();
        sorted.sort();
        let mut counted: Vec<(Decimal, usize)> = Vec::new();
        for price in &sorted {
            match counted.last_mut() {
                Some((last, count)) if last == price => *count += 1,
                _ => counted.push((*price, 1)),
            }
        }
        if counted.len() <= PRICES_MARKED {
            for (price, count) in counted {
                chart
                    .markers
                    .push(marker(games_at_price(lang, count), price));
            }
        } else {
            // The lower middle of an even count: a price some game actually settled at.
            let middle = sorted.len().saturating_sub(1) / 2;
            let picks = [
                (ClassDebriefMsg::LowestPrice, sorted.first()),
                (ClassDebriefMsg::MedianPrice, sorted.get(middle)),
                (ClassDebriefMsg::HighestPrice, sorted.last()),
            ];
            for (label, price) in picks {
                if let Some(price) = price {
                    chart
                        .markers
                        .push(marker(lang.t(label).to_string(), *price));
                }
            }
        }
    }
    spec
}
