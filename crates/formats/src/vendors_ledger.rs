//! The ledger of a scenario with several vendors or a budget: one row per vendor per month,
//! defined once for every CSV dialect (`docs/link-format.md` §6.3).
//!
//! A spreadsheet user filters, sorts and pivots a long table more easily than one whose
//! columns multiply with the vendors, and a long table keeps the same columns whatever the
//! number of vendors; so every row names its vendor, and the rows run through the first
//! vendor's months, then the second's, each vendor's months in a contiguous block that a
//! chart can take as one range. The columns are the month, its index, the vendor, what the
//! budget did to the vendor that month, then the figures of the vendor's relationship that
//! the one-vendor ledger ends with ([`MonthFigure`]), so that both files name a figure alike.

use rust_decimal::Decimal;
use standoff_core::engine::{BudgetShare, MonthReport, PortfolioReport};

use crate::ledger::{Cell, MonthFigure};

/// What the budget did to one vendor in one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetFigure {
    /// What the customer meant to pay the vendor that month: the month's payments under its
    /// behaviour towards the vendor and the repayment of what the budget held back earlier.
    Due,
    /// What the budget allowed of it.
    Allowed,
    /// What the customer paid the vendor on the contract.
    Paid,
    /// What the budget has held back from the vendor and the customer has not repaid, at the
    /// month end.
    HeldBack,
}

impl BudgetFigure {
    /// Every figure, in column order.
    pub const ALL: [BudgetFigure; 4] = [
        BudgetFigure::Due,
        BudgetFigure::Allowed,
        BudgetFigure::Paid,
        BudgetFigure::HeldBack,
    ];

    /// The machine key.
    pub fn key(self) -> &'static str {
        match self {
            BudgetFigure::Due => "due",
            BudgetFigure::Allowed => "allowed",
            BudgetFigure::Paid => "paid",
            BudgetFigure::HeldBack => "held_back",
        }
    }

    fn of(self, share: &BudgetShare) -> Decimal {
        match self {
            BudgetFigure::Due => share.due,
            BudgetFigure::Allowed => share.allowed,
            BudgetFigure::Paid => share.paid,
            BudgetFigure::HeldBack => share.held_back,
        }
    }
}

/// One column of the vendors' ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VendorColumn {
    /// The calendar month, ISO `YYYY-MM`.
    Month,
    /// The 0-based month index.
    MonthIndex,
    /// The vendor's name.
    Vendor,
    /// What the budget did to the vendor.
    Budget(BudgetFigure),
    /// A figure of the vendor's relationship with the customer.
    Figure(MonthFigure),
}

impl VendorColumn {
    /// The stable machine key (`month`, `vendor`, `due`, `arrears`, …).
    pub fn key(self) -> &'static str {
        match self {
            VendorColumn::Month => "month",
            VendorColumn::MonthIndex => "index",
            VendorColumn::Vendor => "vendor",
            VendorColumn::Budget(figure) => figure.key(),
            VendorColumn::Figure(figure) => figure.key(),
        }
    }

    /// This column's value in `row`.
    pub fn cell(self, row: &VendorRow) -> Cell {
        match self {
            VendorColumn::Month => Cell::Text(row.month.iso()),
            VendorColumn::MonthIndex => Cell::Count(row.month.index),
            VendorColumn::Vendor => Cell::Text(row.vendor.to_string()),
            VendorColumn::Budget(figure) => Cell::Money(figure.of(&row.share)),
            VendorColumn::Figure(figure) => figure.cell(row.month),
        }
    }
}

/// Every column of the vendors' ledger, in order.
pub fn vendor_columns() -> Vec<VendorColumn> {
    let mut columns = vec![
        VendorColumn::Month,
        VendorColumn::MonthIndex,
        VendorColumn::Vendor,
    ];
    columns.extend(BudgetFigure::ALL.into_iter().map(VendorColumn::Budget));
    columns.extend(MonthFigure::ALL.into_iter().map(VendorColumn::Figure));
    columns
}

/// One vendor's month.
#[derive(Clone, Debug)]
pub struct VendorRow<'a> {
    /// The vendor's name, as its relationship's report gives it.
    pub vendor: &'a str,
    /// The vendor's relationship in that month.
    pub month: &'a MonthReport,
    /// What the budget did to the vendor in that month.
    pub share: BudgetShare,
}

/// The rows of the vendors' ledger: every month of the first vendor, then every month of the
/// second, and so on. A month the budget's record lacks (none does: the engine records every
/// vendor every month) would read as nothing due, allowed, paid or held back.
pub fn vendor_rows(portfolio: &PortfolioReport) -> Vec<VendorRow<'_>> {
    portfolio
        .vendors
        .iter()
        .enumerate()
        .flat_map(|(i, report)| {
            report.months.iter().enumerate().map(move |(t, month)| {
                let share = portfolio
                    .months
                    .get(t)
                    .and_then(|shares| shares.get(i))
                    .copied()
                    .unwrap_or_default();
                VendorRow {
                    vendor: &report.vendor_name,
                    month,
                    share,
                }
            })
        })
        .collect()
}
