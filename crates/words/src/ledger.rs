//! The spreadsheet ledger's column headers in each language: the two-party ledger's and,
//! for a scenario with several vendors or a budget, the vendors' ledger's.

use crate::charts::line_name;
use crate::Lang;
use standoff_core::engine::{PortfolioReport, Report};
use standoff_formats::ledger::{Column, MonthFigure, PartyTotal, Side};
use standoff_formats::vendors_ledger::{BudgetFigure, VendorColumn};
use standoff_formats::{spreadsheet_csv, spreadsheet_vendors_csv, Spreadsheet};

/// The monthly ledger as a spreadsheet file for a reader of `lang`: the dialect a spreadsheet
/// in that language opens by double-click, with the column headers in that language.
pub fn ledger_csv(lang: Lang, report: &Report) -> String {
    spreadsheet_csv(report, spreadsheet(lang), |column| {
        column_label(lang, report, column)
    })
}

/// The ledger of a scenario with several vendors or a budget as a spreadsheet file for a
/// reader of `lang`: one row per vendor per month, in the dialect and with the headers of
/// `lang`.
pub fn vendors_ledger_csv(lang: Lang, portfolio: &PortfolioReport) -> String {
    spreadsheet_vendors_csv(portfolio, spreadsheet(lang), |column| {
        vendor_column_label(lang, column).to_string()
    })
}

/// The header of one column of the vendors' ledger: "Month", "Vendor", "Due this month"….
pub fn vendor_column_label(lang: Lang, column: &VendorColumn) -> &'static str {
    match *column {
        VendorColumn::Month => month(lang),
        VendorColumn::MonthIndex => month_index(lang),
        VendorColumn::Vendor => match lang {
            Lang::En => "Vendor",
            Lang::Fr => "Fournisseur",
        },
        VendorColumn::Budget(figure) => budget_figure(lang, figure),
        VendorColumn::Figure(figure) => month_figure(lang, figure),
    }
}

/// What the budget did to a vendor in a month, in each language.
pub fn budget_figure(lang: Lang, figure: BudgetFigure) -> &'static str {
    match lang {
        Lang::En => match figure {
            BudgetFigure::Due => "Due this month",
            BudgetFigure::Allowed => "Allowed by the budget",
            BudgetFigure::Paid => "Paid",
            BudgetFigure::HeldBack => "Held back by the budget, unpaid",
        },
        Lang::Fr => match figure {
            BudgetFigure::Due => "À payer ce mois-ci",
            BudgetFigure::Allowed => "Permis par le budget",
            BudgetFigure::Paid => "Payé",
            BudgetFigure::HeldBack => "Retenu par le budget, impayé",
        },
    }
}

/// The CSV dialect of spreadsheets set to `lang`.
pub fn spreadsheet(lang: Lang) -> Spreadsheet {
    match lang {
        Lang::En => Spreadsheet::ENGLISH,
        Lang::Fr => Spreadsheet::FRENCH,
    }
}

/// The header of one ledger column: "Month", "Twitter: Contract payments", "Arrears"…; a
/// party's columns start with its name from the scenario.
pub fn column_label(lang: Lang, report: &Report, column: &Column) -> String {
    match *column {
        Column::Month => month(lang).to_string(),
        Column::MonthIndex => month_index(lang).to_string(),
        Column::Flow { side, line } => {
            format!("{}: {}", party(report, side), line_name(lang, report, line))
        }
        Column::Total { side, total } => {
            format!("{}: {}", party(report, side), party_total(lang, total))
        }
        Column::Figure(figure) => month_figure(lang, figure).to_string(),
    }
}

fn party(report: &Report, side: Side) -> &str {
    match side {
        Side::Customer => &report.customer_name,
        Side::Vendor => &report.vendor_name,
    }
}

fn month(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Month",
        Lang::Fr => "Mois",
    }
}

fn month_index(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Month index",
        Lang::Fr => "Numéro du mois",
    }
}

/// A party's total, in each language.
pub fn party_total(lang: Lang, total: PartyTotal) -> &'static str {
    match lang {
        Lang::En => match total {
            PartyTotal::CashIn => "Cash in",
            PartyTotal::CashOut => "Cash out",
            PartyTotal::Net => "Net",
            PartyTotal::Cumulative => "Cumulative cash",
            PartyTotal::BaselineCumulative => "Baseline cumulative cash",
            PartyTotal::VsBaseline => "Cumulative vs baseline",
        },
        Lang::Fr => match total {
            PartyTotal::CashIn => "Encaissements",
            PartyTotal::CashOut => "Décaissements",
            PartyTotal::Net => "Solde",
            PartyTotal::Cumulative => "Trésorerie cumulée",
            PartyTotal::BaselineCumulative => "Trésorerie cumulée de référence",
            PartyTotal::VsBaseline => "Cumul par rapport à la référence",
        },
    }
}

/// A figure of the relationship, in each language.
pub fn month_figure(lang: Lang, figure: MonthFigure) -> &'static str {
    match lang {
        Lang::En => month_figure_en(figure),
        Lang::Fr => month_figure_fr(figure),
    }
}

fn month_figure_en(figure: MonthFigure) -> &'static str {
    match figure {
        MonthFigure::CommitmentAccrued => "Commitment accrued",
        MonthFigure::UsageInvoiced => "Usage invoiced",
        MonthFigure::TrueUpInvoiced => "True-up invoiced",
        MonthFigure::Arrears => "Arrears",
        MonthFigure::ArrearsTrueUp => "Arrears on true-up invoices",
        MonthFigure::BilledNotDue => "Billed, not yet due",
        MonthFigure::InterestThisMonth => "Interest this month",
        MonthFigure::AccruedInterest => "Accrued interest",
        MonthFigure::CollectionClaim => "Collection claim",
        MonthFigure::BilledUnpaid => "Billed and unpaid",
        MonthFigure::ShortfallExposure => "Shortfall accrued, not yet billed",
        MonthFigure::BilledUnpaidAndShortfall => "Billed and unpaid + shortfall accrued",
        MonthFigure::RemainingCommitment => "Remaining commitment",
        MonthFigure::DaysOverdue => "Days overdue",
        MonthFigure::AdRevenueLost => "Ad revenue lost",
        MonthFigure::OtherRevenueLost => "Other revenue lost",
        MonthFigure::WithheldByVendor => "Withheld by vendor",
        MonthFigure::OutageCost => "Outage cost",
        MonthFigure::Suspended => "Suspended (1 = yes)",
    }
}

fn month_figure_fr(figure: MonthFigure) -> &'static str {
    match figure {
        MonthFigure::CommitmentAccrued => "Engagement couru",
        MonthFigure::UsageInvoiced => "Usage facturé",
        MonthFigure::TrueUpInvoiced => "Régularisation facturée",
        MonthFigure::Arrears => "Arriérés",
        MonthFigure::ArrearsTrueUp => "Arriérés sur factures de régularisation",
        MonthFigure::BilledNotDue => "Facturé, pas encore exigible",
        MonthFigure::InterestThisMonth => "Intérêts du mois",
        MonthFigure::AccruedInterest => "Intérêts courus",
        MonthFigure::CollectionClaim => "Frais de recouvrement réclamés",
        MonthFigure::BilledUnpaid => "Facturé impayé",
        MonthFigure::ShortfallExposure => "Déficit d’engagement couru, non facturé",
        MonthFigure::BilledUnpaidAndShortfall => "Facturé impayé + déficit couru",
        MonthFigure::RemainingCommitment => "Engagement restant",
        MonthFigure::DaysOverdue => "Jours de retard",
        MonthFigure::AdRevenueLost => "Revenus publicitaires perdus",
        MonthFigure::OtherRevenueLost => "Autres revenus perdus",
        MonthFigure::WithheldByVendor => "Retenu par le fournisseur",
        MonthFigure::OutageCost => "Coût des pannes",
        MonthFigure::Suspended => "Suspendu (1 = oui)",
    }
}
