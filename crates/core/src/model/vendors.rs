//! Several vendors of one customer, and the customer's monthly budget for their bills.
//!
//! A scenario's own `vendor`, `contract`, `payment`, `reciprocal`, `retaliation` and
//! `settlement` are its first vendor and that vendor's terms; [`VendorTerms`] in
//! `Scenario::more_vendors` are the others, each with the same kinds of terms. The customer
//! (its cash, discount rate and operations) is shared. With a [`Budget`], what the customer
//! pays all its vendors in a month is at most the budget, and the budget's [`Allocation`] rule
//! decides who is paid first (`docs/model.md` §11).
//!
//! A scenario with no further vendor and no budget is exactly the two-party scenario it always
//! was. In the JSON (format version 2, `super::document`) every vendor, the first included, is
//! one item of `vendors`, and the budget is written only when set.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::lesson::Lesson;
use super::scenario::{
    Contract, Operations, Party, Payment, ReciprocalLine, RetaliationRule, Scenario, Settlement,
};

/// Most vendors a scenario has, its first vendor included.
pub const VENDORS_MAX: usize = 8;

/// The fields of a two-party scenario that are a vendor's terms rather than the customer's
/// or the horizon's: the members of a [`VendorTerms`], which each further vendor has of its
/// own.
pub const VENDOR_TERM_FIELDS: [&str; 6] = [
    "vendor",
    "contract",
    "payment",
    "reciprocal",
    "retaliation",
    "settlement",
];

/// A vendor after the first, with its own contract and terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct VendorTerms {
    /// The vendor: name, currency label, colour, cash and discount rate.
    pub vendor: Party,
    /// Its committed-spend contract.
    pub contract: Contract,
    /// The customer's payment terms and behaviour towards it.
    pub payment: Payment,
    /// Its flows to the customer (advertising, data licensing, other).
    pub reciprocal: Vec<ReciprocalLine>,
    /// Its retaliation rules.
    pub retaliation: Vec<RetaliationRule>,
    /// A settlement with it, if any.
    pub settlement: Option<Settlement>,
}

/// The customer's monthly budget for its vendors' bills.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Budget {
    /// The most the customer pays all its vendors together in a month.
    pub monthly: Decimal,
    /// Who is paid first when what falls due exceeds the budget.
    pub rule: Allocation,
}

/// How a binding budget is shared between vendors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Allocation {
    /// In the order of the vendors in the scenario: the first is paid all it is due, then
    /// the second, until the budget runs out.
    #[default]
    Priority,
    /// Every vendor gets the same share of what it is due.
    ProRata,
    /// First the vendor whose non-payment costs the customer most per dollar withheld (the
    /// triage analysis's ranking), then the next.
    LeverageFirst,
}

impl Scenario {
    /// How many vendors the scenario has: its first one and the others.
    pub fn vendor_count(&self) -> usize {
        self.more_vendors.len().saturating_add(1)
    }

    /// Whether the simulation needs the several-vendor engine: a further vendor or a budget.
    pub fn is_portfolio(&self) -> bool {
        !self.more_vendors.is_empty() || self.budget.is_some()
    }

    /// Vendor `i` as a party (0 is the first): its name, currency, cash and rate.
    pub fn vendor_party(&self, i: usize) -> Option<&Party> {
        match i.checked_sub(1) {
            None => Some(&self.vendor),
            Some(k) => self.more_vendors.get(k).map(|v| &v.vendor),
        }
    }

    /// The name of vendor `i` (0 is the first).
    pub fn vendor_name(&self, i: usize) -> Option<&str> {
        self.vendor_party(i).map(|p| p.name.as_str())
    }

    /// The terms of vendor `i` (0 is the first).
    pub fn vendor_terms(&self, i: usize) -> Option<VendorTerms> {
        match i.checked_sub(1) {
            None => Some(VendorTerms {
                vendor: self.vendor.clone(),
                contract: self.contract.clone(),
                payment: self.payment.clone(),
                reciprocal: self.reciprocal.clone(),
                retaliation: self.retaliation.clone(),
                settlement: self.settlement.clone(),
            }),
            Some(k) => self.more_vendors.get(k).cloned(),
        }
    }

    /// Replaces the terms of vendor `i` (0 is the first); `None` when there is no such vendor.
    pub fn set_vendor_terms(&mut self, i: usize, terms: VendorTerms) -> Option<()> {
        match i.checked_sub(1) {
            None => {
                self.vendor = terms.vendor;
                self.contract = terms.contract;
                self.payment = terms.payment;
                self.reciprocal = terms.reciprocal;
                self.retaliation = terms.retaliation;
                self.settlement = terms.settlement;
            }
            Some(k) => *self.more_vendors.get_mut(k)? = terms,
        }
        Some(())
    }

    /// Swaps vendors `i` and `j` (0 is the first), terms and all: the order is the priority
    /// rule's order and the ranking's tie-break. `None` when either does not exist.
    pub fn swap_vendors(&mut self, i: usize, j: usize) -> Option<()> {
        let (a, b) = (self.vendor_terms(i)?, self.vendor_terms(j)?);
        self.set_vendor_terms(i, b)?;
        self.set_vendor_terms(j, a)
    }

    /// The two-party scenario of the customer and vendor `i` alone: that vendor's terms, no
    /// other vendor, no budget, no lesson. The first vendor's keeps the customer's cash on
    /// hand and operations; the others' have neither, so that the customer's figures of a
    /// several-vendor scenario are the sums of its relationships' figures, with its cash and
    /// its own operations counted once.
    pub fn vendor_scenario(&self, i: usize) -> Option<Scenario> {
        let terms = self.vendor_terms(i)?;
        let mut customer = self.customer.clone();
        let mut operations = self.operations.clone();
        if i > 0 {
            customer.cash_on_hand = Decimal::ZERO;
            operations = Operations::default();
        }
        Some(Scenario {
            version: self.version,
            title: self.title.clone(),
            customer,
            vendor: terms.vendor,
            start: self.start,
            horizon_months: self.horizon_months,
            contract: terms.contract,
            payment: terms.payment,
            reciprocal: terms.reciprocal,
            retaliation: terms.retaliation,
            operations,
            settlement: terms.settlement,
            lesson: Lesson::default(),
            more_vendors: Vec::new(),
            budget: None,
        })
    }
}
