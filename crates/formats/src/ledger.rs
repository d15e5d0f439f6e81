//! The monthly ledger's columns, defined once for every CSV dialect.
//!
//! A column is data: which figure of which party, never a label. The command line writes each
//! column's stable machine key ([`Column::key`]); the spreadsheet file asks the words crate for
//! its label in the reader's language. Both read the same cells in the same order, so the two
//! files cannot drift apart.

use rust_decimal::Decimal;
use standoff_core::engine::{Line, MonthReport, PartyMonth, Report};

/// Which party a column belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Customer,
    Vendor,
}

impl Side {
    /// Both parties, in column order.
    pub const ALL: [Side; 2] = [Side::Customer, Side::Vendor];

    /// The machine key's prefix.
    pub fn key(self) -> &'static str {
        match self {
            Side::Customer => "customer",
            Side::Vendor => "vendor",
        }
    }

    fn of(self, month: &MonthReport) -> &PartyMonth {
        match self {
            Side::Customer => &month.customer,
            Side::Vendor => &month.vendor,
        }
    }
}

/// A party's monthly totals and cumulative positions, after its ledger lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyTotal {
    CashIn,
    CashOut,
    Net,
    Cumulative,
    BaselineCumulative,
    VsBaseline,
}

impl PartyTotal {
    /// Every total, in column order.
    pub const ALL: [PartyTotal; 6] = [
        PartyTotal::CashIn,
        PartyTotal::CashOut,
        PartyTotal::Net,
        PartyTotal::Cumulative,
        PartyTotal::BaselineCumulative,
        PartyTotal::VsBaseline,
    ];

    /// The machine key, after the party's prefix.
    pub fn key(self) -> &'static str {
        match self {
            PartyTotal::CashIn => "cash_in",
            PartyTotal::CashOut => "cash_out",
            PartyTotal::Net => "net",
            PartyTotal::Cumulative => "cumulative",
            PartyTotal::BaselineCumulative => "baseline_cumulative",
            PartyTotal::VsBaseline => "vs_baseline",
        }
    }

    fn of(self, party: &PartyMonth) -> Decimal {
        match self {
            PartyTotal::CashIn => party.cash_in,
            PartyTotal::CashOut => party.cash_out,
            PartyTotal::Net => party.net,
            PartyTotal::Cumulative => party.cumulative,
            PartyTotal::BaselineCumulative => party.baseline_cumulative,
            PartyTotal::VsBaseline => party.vs_baseline,
        }
    }
}

/// A figure of the month that belongs to the relationship rather than to one party: the
/// contract, the arrears and the impact of retaliation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthFigure {
    CommitmentAccrued,
    UsageInvoiced,
    TrueUpInvoiced,
    Arrears,
    ArrearsTrueUp,
    BilledNotDue,
    InterestThisMonth,
    AccruedInterest,
    CollectionClaim,
    /// Arrears, accrued interest and collection claim: what is owed now on bills.
    BilledUnpaid,
    /// The shortfall accrued and not yet invoiced.
    ShortfallExposure,
    /// The two above added up; written `total_owed` by earlier versions.
    BilledUnpaidAndShortfall,
    RemainingCommitment,
    DaysOverdue,
    AdRevenueLost,
    OtherRevenueLost,
    WithheldByVendor,
    OutageCost,
    Suspended,
}

impl MonthFigure {
    /// Every figure, in column order.
    pub const ALL: [MonthFigure; 19] = [
        MonthFigure::CommitmentAccrued,
        MonthFigure::UsageInvoiced,
        MonthFigure::TrueUpInvoiced,
        MonthFigure::Arrears,
        MonthFigure::ArrearsTrueUp,
        MonthFigure::BilledNotDue,
        MonthFigure::InterestThisMonth,
        MonthFigure::AccruedInterest,
        MonthFigure::CollectionClaim,
        MonthFigure::BilledUnpaid,
        MonthFigure::ShortfallExposure,
        MonthFigure::BilledUnpaidAndShortfall,
        MonthFigure::RemainingCommitment,
        MonthFigure::DaysOverdue,
        MonthFigure::AdRevenueLost,
        MonthFigure::OtherRevenueLost,
        MonthFigure::WithheldByVendor,
        MonthFigure::OutageCost,
        MonthFigure::Suspended,
    ];

    /// The machine key.
    pub fn key(self) -> &'static str {
        match self {
            MonthFigure::CommitmentAccrued => "commitment_accrued",
            MonthFigure::UsageInvoiced => "usage_invoiced",
            MonthFigure::TrueUpInvoiced => "trueup_invoiced",
            MonthFigure::Arrears => "arrears",
            MonthFigure::ArrearsTrueUp => "arrears_trueup",
            MonthFigure::BilledNotDue => "billed_not_due",
            MonthFigure::InterestThisMonth => "interest_this_month",
            MonthFigure::AccruedInterest => "accrued_interest",
            MonthFigure::CollectionClaim => "collection_claim",
            MonthFigure::BilledUnpaid => "billed_unpaid",
            MonthFigure::ShortfallExposure => "shortfall_exposure",
            MonthFigure::BilledUnpaidAndShortfall => "billed_unpaid_and_shortfall",
            MonthFigure::RemainingCommitment => "remaining_commitment",
            MonthFigure::DaysOverdue => "days_overdue",
            MonthFigure::AdRevenueLost => "ad_revenue_lost",
            MonthFigure::OtherRevenueLost => "other_revenue_lost",
            MonthFigure::WithheldByVendor => "withheld_by_vendor",
            MonthFigure::OutageCost => "outage_cost",
            MonthFigure::Suspended => "suspended",
        }
    }

    /// This figure's value in month `m` of a relationship.
    pub fn cell(self, m: &MonthReport) -> Cell {
        let money = match self {
            MonthFigure::DaysOverdue => return Cell::Count(m.days_overdue),
            MonthFigure::Suspended => return Cell::Flag(m.suspended),
            MonthFigure::CommitmentAccrued => m.commitment_accrued,
            MonthFigure::UsageInvoiced => m.usage_invoiced,
            MonthFigure::TrueUpInvoiced => m.trueup_invoiced,
            MonthFigure::Arrears => m.arrears,
            MonthFigure::ArrearsTrueUp => m.arrears_trueup,
            MonthFigure::BilledNotDue => m.billed_not_due,
            MonthFigure::InterestThisMonth => m.interest_this_month,
            MonthFigure::AccruedInterest => m.accrued_interest,
            MonthFigure::CollectionClaim => m.collection_claim,
            MonthFigure::BilledUnpaid => m.billed_unpaid,
            MonthFigure::ShortfallExposure => m.shortfall_exposure,
            MonthFigure::BilledUnpaidAndShortfall => m.billed_unpaid_and_shortfall,
            MonthFigure::RemainingCommitment => m.remaining_commitment,
            MonthFigure::AdRevenueLost => m.ad_revenue_lost,
            MonthFigure::OtherRevenueLost => m.other_revenue_lost,
            MonthFigure::WithheldByVendor => m.withheld_by_vendor,
            MonthFigure::OutageCost => m.outage_cost,
        };
        Cell::Money(money)
    }
}

/// One column of the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The calendar month, ISO `YYYY-MM`.
    Month,
    /// The 0-based month index.
    MonthIndex,
    /// One ledger line of one party (signed: positive in, negative out).
    Flow { side: Side, line: Line },
    /// One of a party's totals.
    Total { side: Side, total: PartyTotal },
    /// A figure of the relationship.
    Figure(MonthFigure),
}

impl Column {
    /// The stable machine key (`month`, `customer_contract_payments`, `vendor_net`,
    /// `arrears`, …): scripts keep working when labels or languages change.
    pub fn key(self) -> String {
        match self {
            Column::Month => "month".to_string(),
            Column::MonthIndex => "index".to_string(),
            Column::Flow { side, line } => format!("{}_{}", side.key(), line.key()),
            Column::Total { side, total } => format!("{}_{}", side.key(), total.key()),
            Column::Figure(figure) => figure.key().to_string(),
        }
    }

    /// This column's value in month `m`.
    pub fn cell(self, m: &MonthReport) -> Cell {
        match self {
            Column::Month => Cell::Text(m.iso()),
            Column::MonthIndex => Cell::Count(m.index),
            Column::Flow { side, line } => Cell::Money(side.of(m).flow(line)),
            Column::Total { side, total } => Cell::Money(total.of(side.of(m))),
            Column::Figure(figure) => figure.cell(m),
        }
    }
}

/// One value of the ledger, before a dialect writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Money(Decimal),
    Count(u32),
    Flag(bool),
}

/// The ledger's columns for `report`: month and index; for each party, every ledger line it
/// has in any month (so a line that only some months list still gets its column) and its
/// totals; then the relationship's figures.
pub fn columns(report: &Report) -> Vec<Column> {
    let mut columns = vec![Column::Month, Column::MonthIndex];
    for side in Side::ALL {
        let lines = lines_of(report.months.iter().map(|m| side.of(m)));
        columns.extend(lines.into_iter().map(|line| Column::Flow { side, line }));
        columns.extend(
            PartyTotal::ALL
                .into_iter()
                .map(|total| Column::Total { side, total }),
        );
    }
    columns.extend(MonthFigure::ALL.into_iter().map(Column::Figure));
    columns
}

/// Every line a party has in any month, in order of first appearance.
fn lines_of<'a>(months: impl Iterator<Item = &'a PartyMonth>) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for month in months {
        for flow in &month.lines {
            if !lines.contains(&flow.line) {
                lines.push(flow.line);
            }
        }
    }
    lines
}
