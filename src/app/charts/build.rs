//! Pure builders: a report or an analysis result in, a [`ChartSpec`] out.
//!
//! Every amount is converted to `f64` for drawing here (through [`to_f64`]) and kept exact
//! beside it for the readout and the data table (formatted here, or, for a monthly chart's
//! series, when they ask: [`super::spec::MonthlyChart::exact`]), so the two never disagree
//! about which number they show. The parties' colours come from the scenario, so
//! each party has the same colour on every chart.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::colour::{
    palette, parse_hex, scale_colour, Rgb, CUSTOMER_FALLBACK, HEAT_STOPS, INK, MUTED,
    VENDOR_FALLBACK,
};
use super::series::{compact_amount_in, to_f64};
use super::spec::{
    shared_y_range, AfterCursor, BargainingChart, ChartSpec, HeatScale, HeatmapChart, Mark, Meta,
    MonthMark, MonthSeries, MonthlyChart, MonthlyKind, PriceBand, PriceMarker, TornadoChart,
    TornadoRow,
};
use standoff_core::analysis::{Bargaining, Output, Pain, PainMonth, SeriesBands, Sweep, Tornado};
use standoff_core::engine::{Line, MonthReport, PartyMonth, Report};
use standoff_core::model::params::spec_of;
use standoff_core::model::{Scenario, Side, Unit, YearMonth};
use standoff_words::analysis::{mc_label, output_label};
use standoff_words::charts::{line_name, ChartMsg};
use standoff_words::format::{money, month_label, month_year_short, number};
use standoff_words::params::param_label;
use standoff_words::tr;
use standoff_words::Lang;

/// The customer's colour on every chart.
pub fn customer_colour(scenario: &Scenario) -> Rgb {
    parse_hex(&scenario.customer.colour).unwrap_or(CUSTOMER_FALLBACK)
}

/// The vendor's colour on every chart.
pub fn vendor_colour(scenario: &Scenario) -> Rgb {
    parse_hex(&scenario.vendor.colour).unwrap_or(VENDOR_FALLBACK)
}

pub(super) fn meta(lang: Lang, kind: &str, title: String, x_label: &str, y_label: String) -> Meta {
    Meta {
        kind: kind.to_string(),
        title,
        x_label: x_label.to_string(),
        y_label,
        lang,
    }
}

/// A series of one amount per month of `report`.
fn money_series(
    report: &Report,
    label: String,
    colour: Rgb,
    mark: Mark,
    amount: impl Fn(&MonthReport) -> Decimal,
) -> MonthSeries {
    let amounts: Vec<Decimal> = report.months.iter().map(amount).collect();
    MonthSeries {
        label,
        colour,
        mark,
        values: amounts.iter().copied().map(to_f64).collect(),
        amounts,
    }
}

pub(super) fn monthly(meta: Meta, report: &Report, series: Vec<MonthSeries>) -> MonthlyChart {
    let lang = meta.lang;
    MonthlyChart {
        meta,
        kind: MonthlyKind::Lines,
        months: report
            .months
            .iter()
            .map(|month| {
                month_year_short(
                    lang,
                    YearMonth {
                        year: month.year,
                        month: month.month,
                    },
                )
            })
            .collect(),
        x_months: report.months.len(),
        series,
        currency: report.currency.clone(),
        y_range: None,
        after_cursor: AfterCursor::Grey,
        note: None,
        marks: Vec::new(),
    }
}

/// Puts `chart` on the same axes as the same chart of `compare`, when there is one.
fn share_axes(chart: ChartSpec, compare: Option<ChartSpec>) -> ChartSpec {
    let Some(other) = compare else {
        return chart;
    };
    let months = match &other {
        ChartSpec::Monthly(other) => other.x_months,
        _ => 0,
    };
    match shared_y_range(&chart, &other) {
        Some(range) => chart.with_y_range(range).with_x_months(months),
        None => chart,
    }
}

/// "Twitter vs baseline" / "Twitter vs référence".
fn vs_baseline(lang: Lang, name: &str) -> String {
    tr!(lang, en: "{name} vs baseline"; fr: "{name} vs référence")
}

/// Chart 1, "who is winning the standoff": each party's cumulative cash against the
/// pay-on-time baseline (`vs_baseline`; zero is the baseline). With `compare`, the axes are
/// shared with the same chart of the compared report.
pub fn cash_position(
    lang: Lang,
    report: &Report,
    scenario: &Scenario,
    compare: Option<&Report>,
) -> ChartSpec {
    let currency = &report.currency;
    let chart = ChartSpec::Monthly(monthly(
        meta(
            lang,
            "cash",
            lang.t(ChartMsg::CashTitle).into(),
            lang.t(ChartMsg::Month),
            tr!(lang, en: "Gain (+) or loss (−) vs baseline, {currency}";
                fr: "Gain (+) ou perte (−) par rapport à la référence, {currency}"),
        ),
        report,
        vec![
            money_series(
                report,
                vs_baseline(lang, &report.customer_name),
                customer_colour(scenario),
                Mark::Line,
                |month| month.customer.vs_baseline,
            ),
            money_series(
                report,
                vs_baseline(lang, &report.vendor_name),
                vendor_colour(scenario),
                Mark::Line,
                |month| month.vendor.vs_baseline,
            ),
        ],
    ));
    share_axes(
        chart,
        compare.map(|other| cash_position(lang, other, scenario, None)),
    )
}

/// Chart 2: what the customer owes on bills over time, with its parts (unpaid invoices, the
/// true-up part of them, accrued late interest), and apart from it the shortfall accrued but
/// not yet invoiced. The two are not added up: the shortfall becomes due only if usage stays
/// low until the true-up, so at a contract year's end the shortfall line falls as the
/// true-up invoice takes it over, and the line of bills rises only if that invoice goes
/// unpaid.
pub fn arrears_exposure(
    lang: Lang,
    report: &Report,
    scenario: &Scenario,
    compare: Option<&Report>,
) -> ChartSpec {
    let chart = ChartSpec::Monthly(monthly(
        meta(
            lang,
            "exposure",
            {
                let (customer, vendor) = (&report.customer_name, &report.vendor_name);
                tr!(lang, en: "What {customer} owes {vendor} on bills, and the shortfall not yet billed";
                    fr: "Ce que {customer} doit à {vendor} sur factures, et le déficit pas encore facturé")
            },
            lang.t(ChartMsg::Month),
            {
                let currency = &report.currency;
                tr!(lang, en: "Amount owed, {currency}"; fr: "Montant dû, {currency}")
            },
        ),
        report,
        vec![
            money_series(
                report,
                lang.t(ChartMsg::ArrearsUnpaid).into(),
                palette(3),
                Mark::Line,
                |month| month.arrears,
            ),
            money_series(
                report,
                lang.t(ChartMsg::OfWhichTrueUp).into(),
                palette(2),
                Mark::DashedLine,
                |month| month.arrears_trueup,
            ),
            money_series(
                report,
                lang.t(ChartMsg::AccruedLateInterest).into(),
                palette(1),
                Mark::Line,
                |month| month.accrued_interest,
            ),
            money_series(
                report,
                lang.t(ChartMsg::ShortfallNotInvoiced).into(),
                palette(0),
                Mark::Line,
                |month| month.shortfall_exposure,
            ),
            money_series(
                report,
                // What the customer owes now is its debt, so it takes the customer's colour.
                lang.t(ChartMsg::BilledUnpaid).into(),
                customer_colour(scenario),
                Mark::DashedLine,
                |month| month.billed_unpaid,
            ),
        ],
    ));
    share_axes(
        chart,
        compare.map(|other| arrears_exposure(lang, other, scenario, None)),
    )
}

/// The pain picture: each side's cost of each month of the standoff (the verdict's
/// `analysis::pain`), with the month where the side that hurts more changes marked.
pub fn standoff_pain(lang: Lang, report: &Report, scenario: &Scenario, pain: &Pain) -> ChartSpec {
    let currency = &report.currency;
    let series = |label: String, colour: Rgb, cost: fn(&PainMonth) -> Decimal| {
        let amounts: Vec<Decimal> = pain.months.iter().map(cost).collect();
        MonthSeries {
            label,
            colour,
            mark: Mark::Line,
            values: amounts.iter().copied().map(to_f64).collect(),
            amounts,
        }
    };
    let (customer, vendor) = (&report.customer_name, &report.vendor_name);
    let mut chart = monthly(
        pain_meta(lang, currency),
        report,
        vec![
            series(
                tr!(lang, en: "{customer}'s cost"; fr: "Coût pour {customer}"),
                customer_colour(scenario),
                |month| month.customer,
            ),
            series(
                tr!(lang, en: "{vendor}'s cost"; fr: "Coût pour {vendor}"),
                vendor_colour(scenario),
                |month| month.vendor,
            ),
        ],
    );
    if let Some(month) = pain.crossing {
        let when = month_label(lang, report.start, month);
        chart.marks.push(MonthMark {
            month: usize::try_from(month).unwrap_or(usize::MAX),
            label: tr!(lang, en: "The leverage flips: {when}"; fr: "Le rapport de force s’inverse\u{a0}: {when}"),
        });
    }
    ChartSpec::Monthly(chart)
}

/// The title and axes of a pain picture, with one vendor or several.
pub(super) fn pain_meta(lang: Lang, currency: &str) -> Meta {
    meta(
        lang,
        "pain",
        tr!(lang, en: "Who hurts more each month: the cost of one more month of standoff";
            fr: "Qui souffre le plus chaque mois\u{a0}: le coût d’un mois de bras de fer de plus"),
        lang.t(ChartMsg::Month),
        tr!(lang, en: "Cost of the month, {currency}"; fr: "Coût du mois, {currency}"),
    )
}

/// A fixed colour per ledger line, the same for both parties and every scenario. No two
/// lines of one party share a colour for the first five reciprocal lines; later ones repeat.
fn line_colour(line: Line) -> Rgb {
    palette(match line {
        Line::ContractPayments => 3,
        Line::LumpSums => 2,
        Line::SettlementPayment => 4,
        Line::LegalJudgment => 5,
        Line::BundledDeal => 6,
        Line::LegalCosts => 9,
        Line::CollectionCosts => 8,
        Line::OtherAdRevenue => 10,
        Line::InfrastructureSavings => 7,
        Line::OutageRisk => 1,
        Line::SuspensionOutage => 11,
        Line::Reciprocal(i) => [0, 12, 13, 14, 15][usize::from(i % 5)],
    })
}

fn party_of(month: &MonthReport, party: Side) -> &PartyMonth {
    match party {
        Side::Customer => &month.customer,
        Side::Vendor => &month.vendor,
    }
}

/// Chart 3: one party's monthly flows, one stacked bar per ledger line (money in upwards,
/// money out downwards) and the net flow as a line. Lines that are zero every month are left
/// out.
pub fn flows_by_line(
    lang: Lang,
    report: &Report,
    scenario: &Scenario,
    party: Side,
    compare: Option<&Report>,
) -> ChartSpec {
    let (name, kind) = match party {
        Side::Customer => (&report.customer_name, "flows-customer"),
        Side::Vendor => (&report.vendor_name, "flows-vendor"),
    };
    let lines: Vec<Line> = report
        .months
        .first()
        .map(|month| {
            party_of(month, party)
                .lines
                .iter()
                .map(|l| l.line)
                .collect()
        })
        .unwrap_or_default();
    let mut series: Vec<MonthSeries> = lines
        .into_iter()
        .filter(|line| {
            report
                .months
                .iter()
                .any(|month| !party_of(month, party).flow(*line).is_zero())
        })
        .map(|line| {
            money_series(
                report,
                line_name(lang, report, line),
                line_colour(line),
                Mark::Bar,
                move |month| party_of(month, party).flow(line),
            )
        })
        .collect();
    series.push(money_series(
        report,
        lang.t(ChartMsg::NetFlow).into(),
        match party {
            Side::Customer => customer_colour(scenario),
            Side::Vendor => vendor_colour(scenario),
        },
        Mark::Line,
        move |month| party_of(month, party).net,
    ));
    let chart = ChartSpec::Monthly(monthly(
        meta(
            lang,
            kind,
            tr!(lang, en: "{name}: monthly cash flows by line";
                fr: "{name}\u{a0}: flux de trésorerie mensuels par ligne"),
            lang.t(ChartMsg::Month),
            {
                let currency = &report.currency;
                tr!(lang, en: "Flow per month, {currency} (in +, out −)";
                    fr: "Flux par mois, {currency} (entrées +, sorties −)")
            },
        ),
        report,
        series,
    ));
    share_axes(
        chart,
        compare.map(|other| flows_by_line(lang, other, scenario, party, None)),
    )
}

/// A monthly chart with no data and a sentence saying why (the simulation failed, the
/// analysis has not run yet), so the page keeps its layout.
pub fn unavailable(lang: Lang, kind: &str, title: &str, note: &str) -> ChartSpec {
    ChartSpec::Monthly(MonthlyChart {
        meta: meta(
            lang,
            kind,
            title.to_string(),
            lang.t(ChartMsg::Month),
            String::new(),
        ),
        kind: MonthlyKind::Lines,
        months: Vec::new(),
        x_months: 0,
        series: Vec::new(),
        currency: String::new(),
        y_range: None,
        after_cursor: AfterCursor::Grey,
        note: Some(note.to_string()),
        marks: Vec::new(),
    })
}

/// Chart 4: the bargaining picture on a number line of settlement prices: each side's
/// reservation price, the ZOPA between them (or the gap when they do not overlap), the Nash
/// and Rubinstein prices, and the claim on the table.
pub fn bargaining_picture(lang: Lang, bargaining: &Bargaining, scenario: &Scenario) -> ChartSpec {
    let currency = scenario.customer.currency.as_str();
    let money = |amount: Decimal| money(lang, amount, currency);
    let zopa = &bargaining.zopa;
    let band = if zopa.exists {
        PriceBand {
            from: to_f64(zopa.vendor_min),
            to: to_f64(zopa.customer_max),
            agreement: true,
            label: lang.t(ChartMsg::ZopaWidth).into(),
            exact: money(zopa.width),
        }
    } else {
        PriceBand {
            from: to_f64(zopa.customer_max),
            to: to_f64(zopa.vendor_min),
            agreement: false,
            label: lang.t(ChartMsg::NoZopaGap).into(),
            exact: money(zopa.gap),
        }
    };
    let marker = |label: String, amount: Decimal, colour: Rgb| PriceMarker {
        label,
        value: to_f64(amount),
        exact: money(amount),
        colour,
    };
    let mut markers = vec![
        marker(
            {
                let vendor = &scenario.vendor.name;
                tr!(lang, en: "{vendor}'s minimum"; fr: "Minimum de {vendor}")
            },
            zopa.vendor_min,
            vendor_colour(scenario),
        ),
        marker(
            {
                let customer = &scenario.customer.name;
                tr!(lang, en: "{customer}'s maximum"; fr: "Maximum de {customer}")
            },
            zopa.customer_max,
            customer_colour(scenario),
        ),
    ];
    if let Some(nash) = &bargaining.nash {
        markers.push(marker(lang.t(ChartMsg::NashPrice).into(), nash.price, INK));
    }
    if let Some(rubinstein) = &bargaining.rubinstein_price {
        markers.push(marker(
            lang.t(ChartMsg::RubinsteinPrice).into(),
            rubinstein.price,
            palette(1),
        ));
    }
    markers.push(marker(
        lang.t(ChartMsg::ClaimOnTable).into(),
        bargaining.claim,
        MUTED,
    ));
    ChartSpec::Bargaining(BargainingChart {
        meta: meta(
            lang,
            "bargaining",
            {
                let month = month_label(lang, scenario.start, bargaining.settlement_month);
                tr!(lang, en: "Bargaining: a settlement paid in {month}";
                    fr: "Négociation\u{a0}: un règlement payé en {month}")
            },
            &tr!(lang, en: "Settlement payment, {currency}"; fr: "Paiement du règlement, {currency}"),
            String::new(),
        ),
        band,
        markers,
        notes: standoff_words::analysis::notes(lang, bargaining, currency),
    })
}

/// An analysis output, exact: money in the scenario's currency, or a number of months.
pub fn format_output(lang: Lang, output: Output, value: Decimal, currency: &str) -> String {
    match output {
        Output::MonthsToFirstRetaliation => {
            format!("{} {}", number(lang, value, 6), lang.t(ChartMsg::Months))
        }
        _ => money(lang, value, currency),
    }
}

/// The unit an output is measured in, for axis labels.
fn output_unit(lang: Lang, output: Output, currency: &str) -> String {
    match output {
        Output::MonthsToFirstRetaliation => lang.t(ChartMsg::Months).into(),
        _ => currency.to_string(),
    }
}

/// A parameter value as people read it, with its unit.
pub fn format_param(lang: Lang, scenario: &Scenario, id: &str, value: Decimal) -> String {
    let unit = spec_of(scenario, id).map(|spec| spec.unit);
    let plain = number(lang, value, 28);
    match unit {
        Some(Unit::Money) => money(lang, value, &scenario.customer.currency),
        Some(Unit::Percent) | Some(Unit::Probability) => {
            value.checked_mul(Decimal::ONE_HUNDRED).map_or_else(
                || plain.clone(),
                |pct| match lang {
                    Lang::En => format!("{} %", number(lang, pct, 28)),
                    Lang::Fr => format!("{}\u{202f}%", number(lang, pct, 28)),
                },
            )
        }
        Some(Unit::Days) => format!("{plain} {}", lang.t(ChartMsg::Days)),
        Some(Unit::Months) => format!("{plain} {}", lang.t(ChartMsg::Months)),
        Some(Unit::MonthIndex) => {
            month_label(lang, scenario.start, value.trunc().to_u32().unwrap_or(0))
        }
        _ => plain,
    }
}

/// A parameter value short enough for an axis tick: money compact, shares in per cent.
fn short_param(lang: Lang, scenario: &Scenario, id: &str, value: Decimal) -> String {
    match spec_of(scenario, id).map(|spec| spec.unit) {
        Some(Unit::Money) => compact_amount_in(lang, to_f64(value)),
        Some(Unit::Percent) | Some(Unit::Probability) => {
            value.checked_mul(Decimal::ONE_HUNDRED).map_or_else(
                || value.to_string(),
                |pct| format!("{}%", number(lang, pct, 1)),
            )
        }
        _ => number(lang, value, 2),
    }
}

/// Chart 5: a tornado of `output`, one bar per parameter from the base output to the output
/// at the parameter's low and high values, widest swing first (the order of the analysis).
pub fn tornado(lang: Lang, tornado: &Tornado, scenario: &Scenario, output: Output) -> ChartSpec {
    let currency = scenario.customer.currency.as_str();
    let value = |amount: Option<Decimal>| {
        amount.map_or_else(
            || lang.t(ChartMsg::Failed).to_string(),
            |amount| format_output(lang, output, amount, currency),
        )
    };
    // The analysis names its bars in English; other languages take the registry's label.
    let label = |id: &str, english: &str| match lang {
        Lang::En => english.to_string(),
        Lang::Fr => param_label(lang, scenario, id).unwrap_or_else(|| english.to_string()),
    };
    let (moved, unmoved): (Vec<_>, Vec<_>) = tornado
        .bars
        .iter()
        .partition(|bar| !bar.swing.is_zero() || bar.error.is_some());
    let rows = moved
        .into_iter()
        .map(|bar| TornadoRow {
            label: label(&bar.id, &bar.label),
            low: bar.low_output.map(to_f64),
            high: bar.high_output.map(to_f64),
            low_input: format_param(lang, scenario, &bar.id, bar.low_input),
            high_input: format_param(lang, scenario, &bar.id, bar.high_input),
            low_exact: value(bar.low_output),
            high_exact: value(bar.high_output),
            swing_exact: format_output(lang, output, bar.swing, currency),
            error: bar
                .error
                .as_ref()
                .map(|error| standoff_words::analysis_errors::point_error(lang, error)),
        })
        .collect();
    ChartSpec::Tornado(TornadoChart {
        meta: meta(
            lang,
            "tornado",
            {
                let name = output_label(lang, output);
                tr!(lang, en: "Sensitivity: {name}"; fr: "Sensibilité\u{a0}: {name}")
            },
            &format!(
                "{}, {}",
                output_label(lang, output),
                output_unit(lang, output, currency)
            ),
            lang.t(ChartMsg::Parameter).into(),
        ),
        base: to_f64(tornado.base_output),
        base_exact: format_output(lang, output, tornado.base_output, currency),
        low_colour: palette(0),
        high_colour: palette(2),
        rows,
        unmoved: unmoved
            .into_iter()
            .map(|bar| label(&bar.id, &bar.label))
            .collect(),
    })
}

/// Chart 6: a heatmap of a two-parameter sweep, one cell per grid point coloured on a
/// sequential scale from the lowest to the highest output; failed cells are grey.
pub fn heatmap(lang: Lang, sweep: &Sweep, scenario: &Scenario, output: Output) -> ChartSpec {
    let currency = scenario.customer.currency.as_str();
    let values: Vec<Option<f64>> = sweep.values.iter().map(|v| v.map(to_f64)).collect();
    let finite = values.iter().flatten().copied().filter(|v| v.is_finite());
    let (min, max) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (min, max) = if min <= max { (min, max) } else { (0.0, 0.0) };
    let colours = values
        .iter()
        .map(|value| match value {
            Some(value) => scale_colour(&HEAT_STOPS, min, max, *value),
            None => MUTED,
        })
        .collect();
    let exact = sweep
        .values
        .iter()
        .map(|value| {
            value.map_or_else(
                || lang.t(ChartMsg::Failed).to_string(),
                |value| format_output(lang, output, value, currency),
            )
        })
        .collect();
    // The analysis names its axes in English; other languages take the registry's label.
    let axis_label = |axis: &standoff_core::analysis::Axis| match lang {
        Lang::En => axis.label.clone(),
        Lang::Fr => param_label(lang, scenario, &axis.id).unwrap_or_else(|| axis.label.clone()),
    };
    let note = sweep.first_error.as_ref().map(|error| {
        let error = standoff_words::analysis_errors::point_error(lang, error);
        let (failures, total) = (sweep.failures, sweep.values.len());
        tr!(lang, en: "{failures} of {total} points failed; the first: {error}";
            fr: "{failures} points sur {total} en échec\u{202f}; le premier\u{a0}: {error}")
    });
    ChartSpec::Heatmap(HeatmapChart {
        meta: meta(
            lang,
            "heatmap",
            {
                let name = output_label(lang, output);
                tr!(lang, en: "{name} over two parameters"; fr: "{name} selon deux paramètres")
            },
            &axis_label(&sweep.x),
            axis_label(&sweep.y),
        ),
        x_values: sweep
            .x
            .values
            .iter()
            .map(|v| short_param(lang, scenario, &sweep.x.id, *v))
            .collect(),
        y_values: sweep
            .y
            .values
            .iter()
            .map(|v| short_param(lang, scenario, &sweep.y.id, *v))
            .collect(),
        cells: values,
        exact,
        colours,
        scale: HeatScale {
            min,
            max,
            min_exact: sweep
                .min
                .map_or_else(String::new, |v| format_output(lang, output, v, currency)),
            max_exact: sweep
                .max
                .map_or_else(String::new, |v| format_output(lang, output, v, currency)),
            stops: HEAT_STOPS.to_vec(),
        },
        value_label: format!(
            "{}, {}",
            output_label(lang, output),
            output_unit(lang, output, currency)
        ),
        note,
    })
}

/// Chart 7: a Monte Carlo fan of one series (5th to 95th percentile bands around the median).
/// `bands` is `None` while the first result is not ready; `progress` is the share of runs done
/// while the simulation runs (`None` or 1 when finished). The series takes the colour of the
/// party it measures (by its id: `customer_…` or `vendor_…`), else the vendor's.
pub fn fan(
    lang: Lang,
    bands: Option<&SeriesBands>,
    scenario: &Scenario,
    progress: Option<f32>,
) -> ChartSpec {
    let currency = scenario.customer.currency.as_str();
    let colour = match bands {
        Some(bands) if bands.id.starts_with("customer") => customer_colour(scenario),
        _ => vendor_colour(scenario),
    };
    let month_count = bands.map_or(scenario.horizon_months as usize, |b| b.months.len());
    let months: Vec<String> = (0..month_count)
        .map(|index| {
            month_year_short(
                lang,
                scenario
                    .start
                    .plus_months(u32::try_from(index).unwrap_or(u32::MAX)),
            )
        })
        .collect();
    let percentile = |label: &str, pick: fn(&standoff_core::analysis::Band) -> Decimal| {
        let amounts: Vec<Decimal> =
            bands.map_or_else(Vec::new, |bands| bands.months.iter().map(pick).collect());
        MonthSeries {
            label: label.to_string(),
            colour,
            mark: Mark::Line,
            values: amounts.iter().copied().map(to_f64).collect(),
            amounts,
        }
    };
    let series = if bands.is_some() {
        vec![
            percentile(lang.t(ChartMsg::P5), |band| band.p5),
            percentile(lang.t(ChartMsg::P25), |band| band.p25),
            percentile(lang.t(ChartMsg::Median), |band| band.p50),
            percentile(lang.t(ChartMsg::P75), |band| band.p75),
            percentile(lang.t(ChartMsg::P95), |band| band.p95),
        ]
    } else {
        Vec::new()
    };
    let label = bands.map_or(lang.t(ChartMsg::MonteCarlo), |bands| {
        mc_label(lang, &bands.id, &bands.label)
    });
    ChartSpec::Monthly(MonthlyChart {
        meta: meta(
            lang,
            "fan",
            tr!(lang, en: "Monte Carlo: {label}, 5–95 % bands";
                fr: "Monte-Carlo\u{a0}: {label}, bandes de 5 à 95\u{202f}%"),
            lang.t(ChartMsg::Month),
            format!("{label}, {currency}"),
        ),
        kind: MonthlyKind::Fan {
            progress: progress.filter(|p| *p < 1.0),
        },
        x_months: months.len(),
        months,
        series,
        currency: currency.to_string(),
        y_range: None,
        after_cursor: AfterCursor::Grey,
        note: None,
        marks: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    use standoff_core::analysis::{
        AnalysisError, Axis, Band, PointError, PricedSplit, Quantity, TornadoBar, Zopa,
    };
    use standoff_core::engine::{LineFlow, Totals};
    use standoff_core::model::YearMonth;

    /// A failed point of a tornado or a sweep.
    fn point_failure() -> PointError {
        PointError {
            id: "payment.late_interest_monthly".into(),
            value: dec!(0.018),
            error: AnalysisError::Overflow(Quantity::Claim),
        }
    }

    fn party(lines: &[(Line, Decimal)], net: Decimal, vs_baseline: Decimal) -> PartyMonth {
        PartyMonth {
            lines: lines
                .iter()
                .map(|(line, amount)| LineFlow {
                    line: *line,
                    amount: *amount,
                })
                .collect(),
            net,
            vs_baseline,
            ..PartyMonth::default()
        }
    }

    /// A month with every amount zero but those given.
    fn month(index: u32, customer: PartyMonth, vendor: PartyMonth) -> MonthReport {
        MonthReport {
            index,
            year: 2023,
            month: index + 1,
            customer,
            vendor,
            commitment_accrued: Decimal::ZERO,
            usage_invoiced: Decimal::ZERO,
            trueup_invoiced: Decimal::ZERO,
            arrears: Decimal::ZERO,
            arrears_trueup: Decimal::ZERO,
            billed_not_due: Decimal::ZERO,
            interest_this_month: Decimal::ZERO,
            accrued_interest: Decimal::ZERO,
            collection_claim: Decimal::ZERO,
            billed_unpaid: Decimal::ZERO,
            shortfall_exposure: Decimal::ZERO,
            billed_unpaid_and_shortfall: Decimal::ZERO,
            remaining_commitment: Decimal::ZERO,
            days_overdue: 0,
            ad_revenue_lost: Decimal::ZERO,
            other_revenue_lost: Decimal::ZERO,
            value_lost_by_vendor: Decimal::ZERO,
            withheld_by_vendor: Decimal::ZERO,
            outage_cost: Decimal::ZERO,
            suspended: false,
        }
    }

    /// Three months by hand. The customer owes a 100.00 invoice a month and pays only the
    /// first; the vendor runs 30.00 of ads a month on line 0 and stops in month 3.
    /// Customer flows: −100 +30 = −70; 0 +30 = +30; 0 + 0 = 0.
    /// Vendor flows: +100 −30 = +70; −30; 0.
    /// Against a baseline where every invoice is paid and the ads run (customer −70 a month,
    /// vendor +70), the customer gains 0 in month 1 (−70 vs −70), 100 in month 2 (+30 vs −70)
    /// and 70 in month 3 (0 vs −70): cumulative 0, 100, 170. The vendor mirrors it.
    fn report() -> Report {
        let c = |contract: Decimal, ads: Decimal, net, vs| {
            party(
                &[
                    (Line::ContractPayments, contract),
                    (Line::Reciprocal(0), ads),
                ],
                net,
                vs,
            )
        };
        let mut months = vec![
            month(
                0,
                c(dec!(-100), dec!(30), dec!(-70), dec!(0)),
                c(dec!(100), dec!(-30), dec!(70), dec!(0)),
            ),
            month(
                1,
                c(dec!(0), dec!(30), dec!(30), dec!(100)),
                c(dec!(0), dec!(-30), dec!(-30), dec!(-100)),
            ),
            month(
                2,
                c(dec!(0), dec!(0), dec!(0), dec!(170)),
                c(dec!(0), dec!(0), dec!(0), dec!(-170)),
            ),
        ];
        // Arrears: the unpaid invoices of months 2 and 3 once due; interest 1.5 % of 100 in
        // month 3; billed and unpaid is their sum. A shortfall of 40 a month accrues in
        // months 2 and 3 (80 by month 3), kept apart from what is billed.
        months[1].arrears = dec!(100);
        months[1].billed_unpaid = dec!(100);
        months[1].shortfall_exposure = dec!(40);
        months[2].arrears = dec!(200);
        months[2].accrued_interest = dec!(1.5);
        months[2].billed_unpaid = dec!(201.5);
        months[2].shortfall_exposure = dec!(80);
        months[2].billed_unpaid_and_shortfall = dec!(281.5);
        Report {
            start: YearMonth {
                year: 2023,
                month: 1,
            },
            customer_name: "Twitter".into(),
            vendor_name: "AWS".into(),
            currency: "USD".into(),
            reciprocal_labels: vec!["Retail ads".into()],
            months,
            totals: Totals::default(),
            events: Vec::new(),
            baseline: Default::default(),
            settlement: None,
        }
    }

    fn scenario() -> Scenario {
        let mut scenario = Scenario::default();
        scenario.customer.colour = "#112233".into();
        scenario.vendor.colour = "#445566".into();
        scenario.customer.currency = "USD".into();
        scenario
    }

    fn monthly_of(spec: &ChartSpec) -> &MonthlyChart {
        match spec {
            ChartSpec::Monthly(chart) => chart,
            other => panic!("not monthly: {other:?}"),
        }
    }

    #[test]
    fn cash_position_shows_each_party_against_the_baseline_in_its_colour() {
        let spec = cash_position(Lang::En, &report(), &scenario(), None);
        let chart = monthly_of(&spec);
        assert_eq!(spec.meta().kind, "cash");
        assert_eq!(chart.months, vec!["Jan 2023", "Feb 2023", "Mar 2023"]);
        assert_eq!(chart.series.len(), 2);
        assert_eq!(chart.series[0].label, "Twitter vs baseline");
        assert_eq!(chart.series[0].colour, Rgb(0x11, 0x22, 0x33));
        assert_eq!(chart.series[0].values, vec![0.0, 100.0, 170.0]);
        assert_eq!(chart.series[1].colour, Rgb(0x44, 0x55, 0x66));
        let exact = |index| chart.exact(&chart.series[1], index);
        assert_eq!(
            [exact(0), exact(1), exact(2), exact(3)],
            [
                Some("$0".into()),
                Some("-$100".into()),
                Some("-$170".into()),
                None
            ]
        );
        assert!(spec.meta().y_label.contains("USD"));
        assert_eq!(
            spec.readout(1).as_deref(),
            Some("Feb 2023: Twitter vs baseline $100; AWS vs baseline -$100")
        );
    }

    #[test]
    fn compare_mode_shares_the_y_axis_of_both_reports() {
        let a = report();
        let mut b = report();
        // The compared scenario's customer does four times as well: up to +680.
        for month in &mut b.months {
            month.customer.vs_baseline *= dec!(4);
        }
        let spec = cash_position(Lang::En, &a, &scenario(), Some(&b));
        // Union of a (−170..170) and b (−170..680): span 850, padded by 42.5.
        assert_eq!(monthly_of(&spec).y_range, Some((-212.5, 722.5)));
        let alone = cash_position(Lang::En, &a, &scenario(), None);
        assert_eq!(monthly_of(&alone).y_range, None);
    }

    #[test]
    fn exposure_keeps_what_is_billed_apart_from_the_shortfall() {
        let spec = arrears_exposure(Lang::En, &report(), &scenario(), None);
        let chart = monthly_of(&spec);
        let by_label = |label: &str| {
            chart
                .series
                .iter()
                .find(|series| series.label == label)
                .unwrap_or_else(|| panic!("no series {label}"))
        };
        assert_eq!(
            by_label("Arrears (unpaid invoices)").values,
            vec![0.0, 100.0, 200.0]
        );
        let interest = by_label("Accrued late interest");
        assert_eq!(
            (0..3)
                .filter_map(|index| chart.exact(interest, index))
                .collect::<Vec<_>>(),
            vec!["$0", "$0", "$1.50"]
        );
        let billed = by_label("Billed and unpaid, with interest");
        assert_eq!(billed.values, vec![0.0, 100.0, 201.5]);
        assert_eq!(billed.mark, Mark::DashedLine);
        assert_eq!(
            by_label("Shortfall accrued, not yet billed").values,
            vec![0.0, 40.0, 80.0]
        );
        // The sum of the two is no series of its own: it is not all owed.
        assert_eq!(chart.series.len(), 5);
        assert!(chart.series.iter().all(|s| !s.values.contains(&281.5)));
    }

    #[test]
    fn flows_stack_each_nonzero_line_and_draw_the_net() {
        let mut r = report();
        // A line that is zero every month is left out of the chart.
        for month in &mut r.months {
            month.customer.lines.push(LineFlow {
                line: Line::LegalCosts,
                amount: Decimal::ZERO,
            });
        }
        let spec = flows_by_line(Lang::En, &r, &scenario(), Side::Customer, None);
        let chart = monthly_of(&spec);
        assert_eq!(spec.meta().kind, "flows-customer");
        let labels: Vec<&str> = chart.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, vec!["Contract payments", "Retail ads", "Net flow"]);
        assert_eq!(chart.series[0].mark, Mark::Bar);
        assert_eq!(chart.series[0].values, vec![-100.0, 0.0, 0.0]);
        assert_eq!(chart.series[1].values, vec![30.0, 30.0, 0.0]);
        assert_eq!(chart.series[2].mark, Mark::Line);
        assert_eq!(chart.series[2].colour, Rgb(0x11, 0x22, 0x33));
        // Month 1 stacks +30 up and −100 down.
        assert_eq!(chart.stack_totals(0), (30.0, -100.0));
        let table = spec.table();
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[0], vec!["Jan 2023", "-$100", "$30", "-$70"]);
        let vendor = flows_by_line(Lang::En, &r, &scenario(), Side::Vendor, None);
        assert_eq!(vendor.meta().kind, "flows-vendor");
        assert_eq!(monthly_of(&vendor).series[0].values, vec![100.0, 0.0, 0.0]);
    }

    fn bargaining(customer_max: Decimal, vendor_min: Decimal) -> Bargaining {
        let exists = customer_max >= vendor_min;
        let delay = standoff_core::analysis::DelayCost {
            monthly_discount_rate: Decimal::ZERO,
            standoff_cost_monthly: Decimal::ZERO,
            capital_cost_monthly: Decimal::ZERO,
            total_monthly: Decimal::ZERO,
            rate_on_pie: None,
            delta: None,
        };
        Bargaining {
            settlement_month: 2,
            scenario_offer: false,
            refused_by_policy: false,
            claim: dec!(70),
            deal_payment: dec!(70),
            customer_no_deal_npv: Decimal::ZERO,
            vendor_no_deal_npv: Decimal::ZERO,
            customer_deal_npv: Decimal::ZERO,
            vendor_deal_npv: Decimal::ZERO,
            zopa: Zopa {
                customer_max,
                vendor_min,
                exists,
                width: if exists {
                    customer_max - vendor_min
                } else {
                    Decimal::ZERO
                },
                gap: if exists {
                    Decimal::ZERO
                } else {
                    vendor_min - customer_max
                },
            },
            // Symmetric Nash: the midpoint of 40 and 80.
            nash: exists.then(|| PricedSplit {
                price: dec!(60),
                customer_share: dec!(0.5),
                vendor_share: dec!(0.5),
            }),
            rubinstein: None,
            rubinstein_price: None,
            rubinstein_limit: None,
            customer_delay: delay.clone(),
            vendor_delay: delay,
            attrition: None,
            notes: vec![],
        }
    }

    #[test]
    fn the_bargaining_picture_shows_the_zopa_or_the_gap() {
        let s = scenario();
        let spec = bargaining_picture(Lang::En, &bargaining(dec!(80), dec!(40)), &s);
        let ChartSpec::Bargaining(chart) = &spec else {
            panic!("not a bargaining chart")
        };
        assert!(chart.band.agreement);
        assert_eq!((chart.band.from, chart.band.to), (40.0, 80.0));
        assert_eq!(chart.band.exact, "$40");
        let nash = chart
            .markers
            .iter()
            .find(|m| m.label == "Nash price")
            .expect("a Nash marker");
        assert_eq!(nash.value, 60.0);
        // Band + vendor min + customer max + Nash + claim.
        assert_eq!(spec.table().rows.len(), 5);
        assert!(
            spec.meta().title.contains("Mar 2023"),
            "{}",
            spec.meta().title
        );

        let spec = bargaining_picture(Lang::En, &bargaining(dec!(30), dec!(50)), &s);
        let ChartSpec::Bargaining(chart) = &spec else {
            panic!("not a bargaining chart")
        };
        assert!(!chart.band.agreement);
        assert_eq!((chart.band.from, chart.band.to), (30.0, 50.0));
        assert_eq!(chart.band.exact, "$20");
        assert!(chart.markers.iter().all(|m| m.label != "Nash price"));
    }

    #[test]
    fn the_tornado_keeps_the_order_and_formats_inputs_and_outputs() {
        let s = scenario();
        let t = Tornado {
            base_output: dec!(-1000),
            bars: vec![
                TornadoBar {
                    id: "payment.delay_days".into(),
                    label: "Payment delay".into(),
                    low_input: dec!(36),
                    high_input: dec!(54),
                    low_output: Some(dec!(-1500)),
                    high_output: Some(dec!(-400)),
                    swing: dec!(1100),
                    error: None,
                },
                TornadoBar {
                    id: "payment.late_interest_monthly".into(),
                    label: "Late interest".into(),
                    low_input: dec!(0.012),
                    high_input: dec!(0.018),
                    low_output: Some(dec!(-900)),
                    high_output: None,
                    swing: dec!(100),
                    error: Some(point_failure()),
                },
                TornadoBar {
                    id: "operations.data_centres".into(),
                    label: "Data centres".into(),
                    low_input: dec!(2),
                    high_input: dec!(4),
                    low_output: Some(dec!(-1000)),
                    high_output: Some(dec!(-1000)),
                    swing: dec!(0),
                    error: None,
                },
            ],
        };
        let spec = tornado(Lang::En, &t, &s, Output::CustomerNpv);
        let ChartSpec::Tornado(chart) = &spec else {
            panic!("not a tornado")
        };
        assert_eq!(chart.base, -1000.0);
        assert_eq!(chart.rows[0].low, Some(-1500.0));
        assert_eq!(chart.rows[0].low_input, "36 days");
        assert_eq!(chart.rows[0].swing_exact, "$1,100");
        assert_eq!(chart.rows[1].low_input, "1.2 %");
        assert_eq!(chart.rows[1].high, None);
        assert_eq!(chart.rows[1].high_exact, "failed");
        // The parameter with no effect is listed, not drawn.
        assert_eq!(chart.rows.len(), 2);
        assert_eq!(chart.unmoved, vec!["Data centres"]);
        let table = spec.table();
        assert_eq!(table.rows.len(), 2);
        assert!(
            table.caption.ends_with("No effect: Data centres."),
            "{}",
            table.caption
        );
        // The widest bar is on top, so up goes back towards it.
        assert_eq!(spec.up_step(), -1);
        let months = tornado(Lang::En, &t, &s, Output::MonthsToFirstRetaliation);
        let ChartSpec::Tornado(chart) = &months else {
            panic!("not a tornado")
        };
        // Counts of months are grouped in thousands like every other number.
        assert_eq!(chart.base_exact, "-1,000 months");
    }

    #[test]
    fn heatmap_cells_take_the_scale_colours_from_low_to_high() {
        let s = scenario();
        let sweep = Sweep {
            x: Axis {
                id: "payment.delay_days".into(),
                label: "Payment delay (days)".into(),
                values: vec![dec!(0), dec!(30)],
            },
            y: Axis {
                id: "payment.late_interest_monthly".into(),
                label: "Late interest".into(),
                values: vec![dec!(0.01), dec!(0.02)],
            },
            values: vec![Some(dec!(0)), Some(dec!(50)), Some(dec!(100)), None],
            min: Some(dec!(0)),
            max: Some(dec!(100)),
            failures: 1,
            first_error: Some(point_failure()),
        };
        let spec = heatmap(Lang::En, &sweep, &s, Output::PeakArrears);
        let ChartSpec::Heatmap(chart) = &spec else {
            panic!("not a heatmap")
        };
        // Lowest is the first stop, highest the last, the middle value the middle stop.
        assert_eq!(chart.colours[0], HEAT_STOPS[0]);
        assert_eq!(chart.colours[1], HEAT_STOPS[2]);
        assert_eq!(chart.colours[2], HEAT_STOPS[4]);
        assert_eq!(chart.colours[3], MUTED);
        assert_eq!(chart.x_values, vec!["0", "30"]);
        assert_eq!(chart.y_values, vec!["1%", "2%"]);
        assert_eq!(chart.exact[1], "$50");
        assert_eq!(chart.scale.max_exact, "$100");
        let table = spec.table();
        assert_eq!(
            table.rows,
            vec![vec!["1%", "$0", "$50"], vec!["2%", "$100", "failed"]]
        );
        assert_eq!(
            spec.readout(1).as_deref(),
            Some("Payment delay (days) 30, Late interest 1%: $50")
        );
        // Up goes to the row above: the next two cells on.
        assert_eq!(spec.up_step(), 2);
        assert!(chart.note.as_deref().is_some_and(|n| n.contains("1 of 4")));
    }

    #[test]
    fn the_fan_has_five_percentiles_and_a_progress_while_running() {
        let s = scenario();
        let band = |base: i64| Band {
            p5: Decimal::from(base),
            p25: Decimal::from(base + 1),
            p50: Decimal::from(base + 2),
            p75: Decimal::from(base + 3),
            p95: Decimal::from(base + 4),
        };
        let bands = SeriesBands {
            id: "customer_vs_baseline".into(),
            label: "Customer cash vs baseline".into(),
            months: vec![band(0), band(10)],
        };
        let spec = fan(Lang::En, Some(&bands), &s, Some(0.4));
        let chart = monthly_of(&spec);
        assert_eq!(
            chart.kind,
            MonthlyKind::Fan {
                progress: Some(0.4)
            }
        );
        assert_eq!(chart.series.len(), 5);
        assert_eq!(chart.series[2].label, "Median");
        assert_eq!(chart.series[2].values, vec![2.0, 12.0]);
        assert_eq!(chart.series[4].values, vec![4.0, 14.0]);
        assert_eq!(chart.series[0].colour, Rgb(0x11, 0x22, 0x33));
        assert_eq!(chart.months.len(), 2);
        let done = fan(Lang::En, Some(&bands), &s, Some(1.0));
        assert_eq!(monthly_of(&done).kind, MonthlyKind::Fan { progress: None });
        let waiting = fan(Lang::En, None, &s, Some(0.0));
        assert!(monthly_of(&waiting).series.is_empty());
        assert_eq!(monthly_of(&waiting).months.len(), s.horizon_months as usize);
    }
}
