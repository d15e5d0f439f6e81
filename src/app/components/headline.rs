//! The headline figures computed by the engine.

use rust_decimal::{Decimal, RoundingStrategy};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    /// Arrears owed by the customer in the last month of the horizon.
    pub final_arrears: Decimal,
}

#[function_component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let final_arrears = props.final_arrears;
    html! {
        <dl class="headline">
            <div class="figure">
                <dt>{ "Arrears at the end" }</dt>
                <dd data-testid="final-arrears">{ format_usd(final_arrears) }</dd>
            </div>
        </dl>
    }
}

/// `$1,234,567.89`: rounded to cents half away from zero, thousands separated by commas.
pub fn format_usd(amount: Decimal) -> String {
    let cents = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.2}", cents.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), "00"));
    let mut grouped = String::new();
    for (position, digit) in whole.chars().enumerate() {
        if position > 0 && (whole.len() - position) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if cents.is_sign_negative() && !cents.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}${grouped}.{fraction}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn usd_is_grouped_and_rounded_half_away_from_zero() {
        assert_eq!(format_usd(dec!(70000000)), "$70,000,000.00");
        assert_eq!(format_usd(dec!(0.005)), "$0.01");
        assert_eq!(format_usd(dec!(-0.005)), "-$0.01");
        assert_eq!(format_usd(dec!(999.994)), "$999.99");
        assert_eq!(format_usd(dec!(0)), "$0.00");
    }
}
