//! A month's flows as the line-by-line report shows them: each party's lines in the report's
//! fixed order, signed from that party's side.

use super::super::report::{Line, LineFlow, LineFlows};
use super::OpsMonth;
use rust_decimal::Decimal;

/// A month's flows between the parties and the customer's operating flows, every amount
/// non-negative (the reciprocal lines' flows are kept apart, one per line).
#[derive(Clone, Copy, Debug)]
pub(super) struct MonthFlows {
    /// Scheduled and catch-up payments of contract invoices.
    pub contract_paid: Decimal,
    pub lump_paid: Decimal,
    pub settle_pay: Decimal,
    pub judgment: Decimal,
    /// Ads and data the vendor buys under a settlement.
    pub bundled: Decimal,
    /// Legal costs of the customer and of the vendor.
    pub legal_c: Decimal,
    pub legal_v: Decimal,
    /// The vendor's collection costs.
    pub collection: Decimal,
    pub ops: OpsMonth,
    /// The customer's outage cost of a suspension.
    pub suspension: Decimal,
}

impl MonthFlows {
    /// No flow at all.
    pub const ZERO: MonthFlows = MonthFlows {
        contract_paid: Decimal::ZERO,
        lump_paid: Decimal::ZERO,
        settle_pay: Decimal::ZERO,
        judgment: Decimal::ZERO,
        bundled: Decimal::ZERO,
        legal_c: Decimal::ZERO,
        legal_v: Decimal::ZERO,
        collection: Decimal::ZERO,
        ops: OpsMonth {
            other_ad: Decimal::ZERO,
            savings: Decimal::ZERO,
            outage: Decimal::ZERO,
        },
        suspension: Decimal::ZERO,
    };

    /// Whether every flow (and every reciprocal line's) is zero or positive: the lines' signs
    /// and the cash's directions depend on it.
    pub fn all_non_negative(&self, rec_flow: &[Decimal]) -> bool {
        let o = &self.ops;
        [
            self.contract_paid,
            self.lump_paid,
            self.settle_pay,
            self.judgment,
            self.bundled,
            self.legal_c,
            self.legal_v,
            self.collection,
            o.other_ad,
            o.savings,
            o.outage,
            self.suspension,
        ]
        .iter()
        .chain(rec_flow)
        .all(|x| x.is_zero() || x.is_sign_positive())
    }

    /// Calls `c` and `v` with each line of the customer and of the vendor, signed from that
    /// party's side, in the report's fixed order. Both the lines' template and each month's
    /// amounts are written through this one function, so their orders agree.
    #[inline(always)]
    fn each_line(
        &self,
        rec_flow: &[Decimal],
        mut c: impl FnMut(Line, Decimal),
        mut v: impl FnMut(Line, Decimal),
    ) {
        // Unary minus cannot overflow (the decimal range is symmetric); zero stays +0 so that
        // exports never show "-0.00".
        let neg = |x: Decimal| if x.is_zero() { Decimal::ZERO } else { -x };
        for (line, amount) in [
            (Line::ContractPayments, self.contract_paid),
            (Line::LumpSums, self.lump_paid),
            (Line::SettlementPayment, self.settle_pay),
            (Line::LegalJudgment, self.judgment),
        ] {
            c(line, neg(amount));
            v(line, amount);
        }
        // Validation allows far fewer reciprocal lines than a 16-bit index numbers.
        for (i, f) in (0..=u16::MAX).zip(rec_flow) {
            c(Line::Reciprocal(i), *f);
            v(Line::Reciprocal(i), neg(*f));
        }
        c(Line::BundledDeal, self.bundled);
        v(Line::BundledDeal, neg(self.bundled));
        c(Line::LegalCosts, neg(self.legal_c));
        v(Line::LegalCosts, neg(self.legal_v));
        v(Line::CollectionCosts, neg(self.collection));
        c(Line::OtherAdRevenue, self.ops.other_ad);
        c(Line::InfrastructureSavings, self.ops.savings);
        c(Line::OutageRisk, neg(self.ops.outage));
        c(Line::SuspensionOutage, neg(self.suspension));
    }

    /// Each party's lines with zero amounts: the template every month's lines start from.
    pub fn template(n_rec: usize) -> (LineFlows, LineFlows) {
        let zero = MonthFlows::ZERO;
        let (mut c, mut v) = (LineFlows::new(), LineFlows::new());
        zero.each_line(
            &vec![Decimal::ZERO; n_rec],
            |line, amount| c.push(LineFlow { line, amount }),
            |line, amount| v.push(LineFlow { line, amount }),
        );
        (c, v)
    }

    /// Writes this month's lines: the template copied in one piece (no capacity check and
    /// length update per line), then each amount in place.
    #[inline(always)]
    pub fn write_lines(
        &self,
        rec_flow: &[Decimal],
        template: &(LineFlows, LineFlows),
        c: &mut LineFlows,
        v: &mut LineFlows,
    ) {
        c.extend_from_slice(&template.0);
        v.extend_from_slice(&template.1);
        let (mut cs, mut vs) = (c.iter_mut(), v.iter_mut());
        self.each_line(
            rec_flow,
            |_, amount| {
                if let Some(slot) = cs.next() {
                    slot.amount = amount;
                }
            },
            |_, amount| {
                if let Some(slot) = vs.next() {
                    slot.amount = amount;
                }
            },
        );
    }
}
