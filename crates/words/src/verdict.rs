//! The verdict in words: two or three short sentences on who has the leverage, who is likelier
//! to blink first and when, and what a deal looks like, with amounts in compact form.

use crate::format::{money_compact, month_label, percent};
use crate::Lang;
use standoff_core::analysis::{Blink, Deal, Leverage, Side, Verdict};
use standoff_core::engine::Report;

/// The verdict's sentences, in order: leverage, blink, deal.
pub fn verdict_sentences(lang: Lang, report: &Report, verdict: &Verdict) -> [String; 3] {
    let words = Words { lang, report };
    [
        words.leverage(&verdict.leverage),
        words.blink(
            verdict.blink.as_ref(),
            verdict.leverage.stronger,
            verdict.horizon_months,
        ),
        words.deal(&verdict.deal, verdict.deal_month),
    ]
}

/// What every sentence needs: the language and the report's names, currency and calendar.
struct Words<'a> {
    lang: Lang,
    report: &'a Report,
}

impl Words<'_> {
    fn money(&self, amount: rust_decimal::Decimal) -> String {
        money_compact(self.lang, amount, &self.report.currency)
    }

    fn name(&self, party: Side) -> &str {
        match party {
            Side::Customer => &self.report.customer_name,
            Side::Vendor => &self.report.vendor_name,
        }
    }

    fn month(&self, index: u32) -> String {
        month_label(self.lang, self.report.start, index)
    }

    fn leverage(&self, leverage: &Leverage) -> String {
        let customer = self.name(Side::Customer);
        let vendor = self.name(Side::Vendor);
        let c = self.money(leverage.customer_monthly_cost);
        let v = self.money(leverage.vendor_monthly_cost);
        match (self.lang, leverage.stronger) {
            (Lang::En, Some(stronger)) => format!(
                "Each month of standoff costs {customer} {c} and {vendor} {v}: time is on {}'s side, by {} a month.",
                self.name(stronger),
                self.money(leverage.monthly_difference)
            ),
            (Lang::Fr, Some(stronger)) => format!(
                "Chaque mois de bras de fer coûte {c} à {customer} et {v} à {vendor}\u{a0}: le temps joue pour {}, de {} par mois.",
                self.name(stronger),
                self.money(leverage.monthly_difference)
            ),
            (Lang::En, None) if leverage.customer_monthly_cost.is_zero() => {
                "The standoff costs neither side anything yet: nobody gains from waiting.".to_string()
            }
            (Lang::Fr, None) if leverage.customer_monthly_cost.is_zero() => {
                "Le bras de fer ne coûte encore rien à personne\u{a0}: attendre ne profite à aucune partie.".to_string()
            }
            (Lang::En, None) => format!(
                "Each month of standoff costs both sides {c}: neither gains from waiting."
            ),
            (Lang::Fr, None) => format!(
                "Chaque mois de bras de fer coûte {c} à chaque partie\u{a0}: attendre ne profite à aucune."
            ),
        }
    }

    /// Who is likelier to blink first. When it is the side that time favours, the sentence
    /// says "even so": in the war of attrition's equilibrium each side's own cost of waiting
    /// sets how fast the *other* side must concede, so the side that can wait longer is the
    /// one that concedes faster.
    fn blink(&self, blink: Option<&Blink>, stronger: Option<Side>, horizon: u32) -> String {
        let Some(blink) = blink else {
            return match self.lang {
                Lang::En => "Nobody is pressed to give in: there is no claim to fight over, or waiting costs nothing.".to_string(),
                Lang::Fr => "Personne n’est pressé de céder\u{a0}: il n’y a pas de créance en jeu, ou attendre ne coûte rien.".to_string(),
            };
        };
        let side = self.name(blink.side);
        let chance = percent(
            self.lang,
            blink
                .probability
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
        );
        let within = blink.median_month < horizon;
        let when = self.month(if within {
            blink.median_month
        } else {
            horizon.saturating_sub(1)
        });
        let even_so = stronger == Some(blink.side);
        let sentence = match (self.lang, within) {
            (Lang::En, true) => format!(
                "{side} is likelier to blink first ({chance}); half of such standoffs are over by {when}."
            ),
            (Lang::En, false) => format!(
                "{side} is likelier to blink first ({chance}), but more than half of such standoffs would still be on in {when}, at the end of the horizon."
            ),
            (Lang::Fr, true) => format!(
                "{side} a le plus de chances de céder le premier ({chance})\u{a0}; la moitié de ces bras de fer sont finis en {when}."
            ),
            (Lang::Fr, false) => format!(
                "{side} a le plus de chances de céder le premier ({chance}), mais plus de la moitié de ces bras de fer dureraient encore en {when}, à la fin de l’horizon."
            ),
        };
        match (self.lang, even_so) {
            (_, false) => sentence,
            (Lang::En, true) => format!("Even so, {sentence}"),
            (Lang::Fr, true) => format!("Pourtant, {sentence}"),
        }
    }

    fn deal(&self, deal: &Deal, deal_month: u32) -> String {
        let customer = self.name(Side::Customer);
        let vendor = self.name(Side::Vendor);
        let month = self.month(deal_month);
        match deal {
            Deal::Zone {
                vendor_min,
                customer_max,
                nash,
                rubinstein,
            } => {
                let range = if vendor_min == customer_max {
                    self.money(*vendor_min)
                } else {
                    format!("{}–{}", self.money(*vendor_min), self.money(*customer_max))
                };
                let predictions = self.predictions(*nash, *rubinstein);
                match self.lang {
                    Lang::En => format!("A deal paid in {month} settles at {range}{predictions}."),
                    Lang::Fr => {
                        format!("Un accord payé en {month} se conclut à {range}{predictions}.")
                    }
                }
            }
            Deal::NoZone {
                customer_max,
                vendor_min,
                gap,
            } => {
                let (max, min, gap) = (
                    self.money(*customer_max),
                    self.money(*vendor_min),
                    self.money(*gap),
                );
                match self.lang {
                    Lang::En => format!(
                        "No deal in {month}: {customer} would pay at most {max}, {vendor} wants at least {min}, a gap of {gap}."
                    ),
                    Lang::Fr => format!(
                        "Pas d’accord en {month}\u{a0}: {customer} paierait au plus {max}, {vendor} veut au moins {min}, un écart de {gap}."
                    ),
                }
            }
        }
    }

    /// ": Nash predicts $X, Rubinstein $Y", or the part that exists, or nothing.
    fn predictions(
        &self,
        nash: Option<rust_decimal::Decimal>,
        rubinstein: Option<rust_decimal::Decimal>,
    ) -> String {
        let nash = nash.map(|price| self.money(price));
        let rubinstein = rubinstein.map(|price| self.money(price));
        match (self.lang, nash, rubinstein) {
            (_, None, None) => String::new(),
            (Lang::En, Some(n), Some(r)) => format!(" (Nash predicts {n}, Rubinstein {r})"),
            (Lang::En, Some(n), None) => format!(" (Nash predicts {n})"),
            (Lang::En, None, Some(r)) => format!(" (Rubinstein predicts {r})"),
            (Lang::Fr, Some(n), Some(r)) => format!(" (Nash prédit {n}, Rubinstein {r})"),
            (Lang::Fr, Some(n), None) => format!(" (Nash prédit {n})"),
            (Lang::Fr, None, Some(r)) => format!(" (Rubinstein prédit {r})"),
        }
    }
}
