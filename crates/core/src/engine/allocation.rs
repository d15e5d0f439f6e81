//! How a customer's monthly budget is shared between its vendors (`docs/model.md` §11).
//!
//! Pure arithmetic on what each vendor is due: no simulation here. Every amount is in cents,
//! and what a vendor is allowed is never more than it is due.

use super::error::{Ck, EngineError, Quantity};
use crate::model::Allocation;
use rust_decimal::{Decimal, RoundingStrategy};

const LINE: Quantity = Quantity::ContractPayments;

/// What each vendor may be paid this month, given what each is `due`, the `budget`, the
/// `rule` and, for the rules that pay in turn, the `order` of vendor indices (first paid
/// first). When everything due fits in the budget, every vendor gets what it is due.
pub(crate) fn allocate(
    ck: Ck,
    budget: Decimal,
    rule: Allocation,
    due: &[Decimal],
    order: &[usize],
) -> Result<Vec<Decimal>, EngineError> {
    let total = due
        .iter()
        .try_fold(Decimal::ZERO, |acc, d| ck.add(LINE, acc, *d))?;
    let allowed = if total <= budget {
        due.to_vec()
    } else {
        match rule {
            Allocation::Priority | Allocation::LeverageFirst => in_turn(ck, budget, due, order)?,
            Allocation::ProRata => pro_rata(ck, budget, due, total)?,
        }
    };
    debug_assert!(allowed.iter().zip(due).all(|(a, d)| a <= d));
    Ok(allowed)
}

/// Pays vendors in `order`, each all it is due, until the budget runs out.
fn in_turn(
    ck: Ck,
    budget: Decimal,
    due: &[Decimal],
    order: &[usize],
) -> Result<Vec<Decimal>, EngineError> {
    debug_assert_eq!(order.len(), due.len(), "the order names every vendor once");
    let mut allowed = vec![Decimal::ZERO; due.len()];
    let mut left = budget;
    for &i in order {
        let (Some(slot), Some(d)) = (allowed.get_mut(i), due.get(i)) else {
            continue;
        };
        let pay = (*d).min(left);
        *slot = pay;
        left = ck.sub(LINE, left, pay)?;
    }
    Ok(allowed)
}

/// Gives every vendor the same share of what it is due: `budget × due / total`, rounded down
/// to the cent; the cents that rounding leaves over go one at a time to the vendors in their
/// order in the scenario, each at most up to what it is due.
fn pro_rata(
    ck: Ck,
    budget: Decimal,
    due: &[Decimal],
    total: Decimal,
) -> Result<Vec<Decimal>, EngineError> {
    let mut allowed = Vec::with_capacity(due.len());
    for d in due {
        let share = ck.div(LINE, ck.mul(LINE, budget, *d)?, total)?;
        allowed.push(share.round_dp_with_strategy(2, RoundingStrategy::ToZero));
    }
    let given = allowed
        .iter()
        .try_fold(Decimal::ZERO, |acc, a| ck.add(LINE, acc, *a))?;
    let mut left = ck.sub(LINE, budget, given)?;
    let cent = Decimal::new(1, 2);
    while left >= cent {
        let mut gave = false;
        for (a, d) in allowed.iter_mut().zip(due) {
            if left >= cent && *a < *d {
                *a = ck.add(LINE, *a, cent)?;
                left = ck.sub(LINE, left, cent)?;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    Ok(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearMonth;
    use rust_decimal_macros::dec;

    fn ck() -> Ck {
        Ck::new(YearMonth::default(), 0)
    }

    #[test]
    fn everything_due_is_paid_when_it_fits() {
        let due = [dec!(30), dec!(50), dec!(20)];
        for rule in [
            Allocation::Priority,
            Allocation::ProRata,
            Allocation::LeverageFirst,
        ] {
            let got = allocate(ck(), dec!(100), rule, &due, &[0, 1, 2]);
            assert_eq!(got.ok(), Some(due.to_vec()), "{rule:?}");
        }
    }

    #[test]
    fn in_turn_pays_the_first_in_order_in_full() {
        // Budget 60 over dues 30, 50, 20 in the order 1, 2, 0: vendor 1 gets 50, vendor 2
        // the 10 left, vendor 0 nothing.
        let got = allocate(
            ck(),
            dec!(60),
            Allocation::Priority,
            &[dec!(30), dec!(50), dec!(20)],
            &[1, 2, 0],
        );
        assert_eq!(got.ok(), Some(vec![dec!(0), dec!(50), dec!(10)]));
    }

    #[test]
    fn pro_rata_shares_the_budget_in_proportion_to_what_is_due() {
        // Budget 60 over 100 due: each vendor gets 60 % of its due.
        let got = allocate(
            ck(),
            dec!(60),
            Allocation::ProRata,
            &[dec!(30), dec!(50), dec!(20)],
            &[0, 1, 2],
        );
        assert_eq!(got.ok(), Some(vec![dec!(18), dec!(30), dec!(12)]));
    }

    #[test]
    fn pro_rata_gives_the_cents_rounding_leaves_in_vendor_order() {
        // Budget 1.00 over three equal dues: 0.333… rounds down to 0.33 each, and the one
        // cent left goes to the first vendor.
        let got = allocate(
            ck(),
            dec!(1.00),
            Allocation::ProRata,
            &[dec!(1), dec!(1), dec!(1)],
            &[0, 1, 2],
        );
        assert_eq!(got.ok(), Some(vec![dec!(0.34), dec!(0.33), dec!(0.33)]));
    }
}
