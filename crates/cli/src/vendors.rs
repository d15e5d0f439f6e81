//! What `run` prints of a customer's vendors: the triage in words and as a table (`--format
//! text`), the per-vendor figures beside the first vendor's report (`--format json`), and the
//! vendors' ledger (`--format csv`) of a scenario with several vendors or a budget.

use rust_decimal::Decimal;
use serde::Serialize;
use standoff_core::analysis::{triage, Triage};
use standoff_core::engine::{simulate_portfolio, PortfolioReport, Report};
use standoff_core::model::{Allocation, Scenario};
use standoff_words::analysis_errors::analysis_error;
use standoff_words::errors::engine_error;
use standoff_words::triage::{triage_cells, triage_header, triage_sentences, TriageMsg};
use standoff_words::Lang;

/// The simulation of the whole and its triage.
pub struct Vendors {
    pub portfolio: PortfolioReport,
    pub triage: Triage,
}

impl Vendors {
    /// Simulates `s` with all its vendors and its budget, and works out the triage.
    pub fn of(s: &Scenario) -> Result<Vendors, String> {
        let portfolio = simulate_portfolio(s).map_err(|e| engine_error(Lang::En, &e))?;
        let triage = triage(s, &portfolio).map_err(|e| analysis_error(Lang::En, &e))?;
        Ok(Vendors { portfolio, triage })
    }
}

/// The triage for a reader: the title, its sentences, then one row per vendor in the order
/// whom to pay first, columns padded to line up in a fixed-width font.
pub fn text(s: &Scenario, vendors: &Vendors) -> String {
    let lang = Lang::En;
    let mut out = format!("{}\n", lang.t(TriageMsg::Title));
    for sentence in triage_sentences(lang, s, &vendors.triage) {
        out.push_str(&sentence);
        out.push('\n');
    }
    out.push('\n');
    let header = triage_header(lang).map(str::to_string);
    let rows: Vec<[String; 6]> = std::iter::once(header)
        .chain(
            vendors
                .triage
                .ranking
                .iter()
                .filter_map(|&i| vendors.triage.vendors.iter().find(|v| v.vendor == i))
                .map(|v| triage_cells(lang, s, v)),
        )
        .collect();
    let mut widths = [0usize; 6];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in &rows {
        let mut line = String::new();
        for (k, (cell, width)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            // Two spaces between columns; the last column is not padded.
            if k + 1 < row.len() {
                let pad = width.saturating_sub(cell.chars().count()) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The JSON of `run` for a scenario with several vendors or a budget: the first vendor's
/// report, as for one vendor, with the member `portfolio` added.
pub fn json(s: &Scenario, report: &Report, vendors: &Vendors) -> Result<String, String> {
    let run = RunJson {
        report,
        portfolio: portfolio_json(s, vendors),
    };
    serde_json::to_string_pretty(&run).map_err(|e| e.to_string())
}

#[derive(Serialize)]
struct RunJson<'a> {
    #[serde(flatten)]
    report: &'a Report,
    portfolio: PortfolioJson<'a>,
}

#[derive(Serialize)]
struct PortfolioJson<'a> {
    customer_npv: Decimal,
    customer_npv_with_claims: Decimal,
    customer_final_cash: Decimal,
    budget: Option<BudgetJson>,
    ranking: &'a [usize],
    paid_order: &'a [usize],
    vendors: Vec<VendorJson<'a>>,
}

#[derive(Serialize)]
struct BudgetJson {
    monthly: Decimal,
    rule: Allocation,
}

#[derive(Serialize)]
struct VendorJson<'a> {
    index: usize,
    name: &'a str,
    rank: Option<usize>,
    paid: Decimal,
    arrears_at_end: Decimal,
    held_back_at_end: Decimal,
    first_short_month: Option<u32>,
    cash_kept: Decimal,
    reaction_cost: Decimal,
    cost_per_dollar_withheld: Option<Decimal>,
    reaction_from: Option<u32>,
    vendor_cost: Decimal,
    threat_credible: Option<bool>,
}

fn portfolio_json<'a>(s: &'a Scenario, vendors: &'a Vendors) -> PortfolioJson<'a> {
    let (p, t) = (&vendors.portfolio, &vendors.triage);
    PortfolioJson {
        customer_npv: p.customer_npv,
        customer_npv_with_claims: p.customer_npv_with_claims,
        customer_final_cash: p.customer_final_cash,
        budget: t.budget.map(|(monthly, rule)| BudgetJson { monthly, rule }),
        ranking: &t.ranking,
        paid_order: &t.paid_order,
        vendors: t
            .vendors
            .iter()
            .map(|v| VendorJson {
                index: v.vendor,
                name: s.vendor_name(v.vendor).unwrap_or_default(),
                // The rank counts from 1, as a reader says "first".
                rank: t
                    .ranking
                    .iter()
                    .position(|&i| i == v.vendor)
                    .map(|k| k.saturating_add(1)),
                paid: v.paid,
                arrears_at_end: v.arrears_at_end,
                held_back_at_end: v.held_back_at_end,
                first_short_month: v.first_short,
                cash_kept: v.cost.cash_kept,
                reaction_cost: v.cost.reaction_cost,
                cost_per_dollar_withheld: v.cost.per_dollar,
                reaction_from: v.cost.reaction_from,
                vendor_cost: v.cost.vendor_cost,
                threat_credible: v.cost.credible(),
            })
            .collect(),
    }
}
