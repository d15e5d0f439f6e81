//! Payoff matrices whose equilibria are known by hand.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{AnalysisError, Payoff, PayoffMatrix};

fn matrix(cells: &[&[(i64, i64)]]) -> PayoffMatrix {
    let rows = (0..cells.len()).map(|r| format!("row {r}")).collect();
    let cols = (0..cells[0].len()).map(|c| format!("column {c}")).collect();
    let cells = cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|&(a, b)| {
                    Some(Payoff {
                        customer: Decimal::from(a),
                        vendor: Decimal::from(b),
                    })
                })
                .collect()
        })
        .collect();
    PayoffMatrix::new(rows, cols, cells).unwrap()
}

#[test]
fn prisoners_dilemma() {
    // Rows/columns: cooperate, defect. Defecting is dominant for both: the only equilibrium
    // is (defect, defect), and with dominant strategies there is no fully mixed equilibrium.
    let m = matrix(&[&[(3, 3), (0, 5)], &[(5, 0), (1, 1)]]);
    let a = m.analyse();
    assert_eq!(a.pure_nash, vec![(1, 1)]);
    assert_eq!(a.customer_best, vec![vec![false, false], vec![true, true]]);
    assert_eq!(a.vendor_best, vec![vec![false, true], vec![false, true]]);
    assert!(matches!(
        m.mixed_2x2([0, 1], [0, 1]),
        Err(AnalysisError::Undefined(_))
    ));
}

#[test]
fn matching_pennies() {
    // No pure equilibrium; each side mixes 1/2 and expects 0.
    let m = matrix(&[&[(1, -1), (-1, 1)], &[(-1, 1), (1, -1)]]);
    assert!(m.analyse().pure_nash.is_empty());
    let mixed = m.mixed_2x2([0, 1], [0, 1]).unwrap();
    assert_eq!(mixed.customer_first, dec!(0.5));
    assert_eq!(mixed.vendor_first, dec!(0.5));
    assert_eq!(mixed.customer_value, dec!(0));
    assert_eq!(mixed.vendor_value, dec!(0));
}

#[test]
fn battle_of_the_sexes() {
    // Customer prefers (0, 0) with 2 vs 1; vendor prefers (1, 1) with 2 vs 1; mismatch gives 0.
    // Two pure equilibria on the diagonal. Mixed: the customer plays its favourite row 0 with
    // p = (B22 − B21)/(B11 − B12 − B21 + B22) = 2/3, the vendor its favourite column 1 with
    // 1 − q = 1 − (A22 − A12)/(A11 − A12 − A21 + A22) = 1 − 1/3 = 2/3; each expects 2/3.
    let m = matrix(&[&[(2, 1), (0, 0)], &[(0, 0), (1, 2)]]);
    assert_eq!(m.analyse().pure_nash, vec![(0, 0), (1, 1)]);
    let mixed = m.mixed_2x2([0, 1], [0, 1]).unwrap();
    let third = dec!(1) / dec!(3);
    assert!((mixed.customer_first - dec!(2) * third).abs() < dec!(1e-20));
    assert!((mixed.vendor_first - third).abs() < dec!(1e-20));
    assert!((mixed.customer_value - dec!(2) * third).abs() < dec!(1e-20));
    assert!((mixed.vendor_value - dec!(2) * third).abs() < dec!(1e-20));
    // The same sub-game picked in the other order gives the complementary probabilities.
    let swapped = m.mixed_2x2([1, 0], [1, 0]).unwrap();
    assert!((swapped.customer_first - third).abs() < dec!(1e-20));
}

#[test]
fn larger_matrix_ties_and_missing_cells() {
    // 3×2 with a tie for the customer against column 0 and a failed cell.
    // Column 0: rows 0 and 1 both give the customer 4 → both best responses.
    // Column 1: row 2 is missing, row 0 gives 1, row 1 gives 2 → row 1.
    // Vendor: row 0 → column 0 (3 > 1); row 1 → column 1 (5 > 2); row 2 → column 0 (only one).
    let mut m = matrix(&[&[(4, 3), (1, 1)], &[(4, 2), (2, 5)], &[(0, 9), (9, 9)]]);
    m.cells[2][1] = None;
    let a = m.analyse();
    assert_eq!(
        a.customer_best,
        vec![vec![true, false], vec![true, true], vec![false, false]]
    );
    assert_eq!(
        a.vendor_best,
        vec![vec![true, false], vec![false, true], vec![true, false]]
    );
    assert_eq!(a.pure_nash, vec![(0, 0), (1, 1)]);
    assert!(m.mixed_2x2([1, 2], [0, 1]).is_err());
    assert!(m.mixed_2x2([1, 1], [0, 1]).is_err());
    assert!(m.mixed_2x2([0, 7], [0, 1]).is_err());
}

#[test]
fn shape_is_checked() {
    let bad = PayoffMatrix::new(
        vec!["a".into()],
        vec!["x".into(), "y".into()],
        vec![vec![None]],
    );
    assert!(matches!(bad, Err(AnalysisError::InvalidInput { .. })));
    let bad = PayoffMatrix::new(
        vec!["a".into(), "b".into()],
        vec!["x".into()],
        vec![vec![None]],
    );
    assert!(bad.is_err());
}
