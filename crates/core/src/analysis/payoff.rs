//! A two-player strategy payoff matrix: best responses, pure Nash equilibria and the mixed
//! equilibrium of a 2×2 sub-game.
//!
//! Rows are the customer's strategies, columns the vendor's; each cell holds both payoffs
//! (in the engine wiring, each side's NPV change against the baseline). A cell may be empty
//! when its simulation failed; empty cells are never best responses.
//!
//! A row is a best response to a column when no other row gives the customer more against that
//! column (ties are all best responses); likewise for columns. A cell where both strategies are
//! best responses to each other is a pure Nash equilibrium.
//!
//! In a 2×2 sub-game with customer payoffs `A` and vendor payoffs `B`, the fully mixed
//! equilibrium has each side mix so as to make the *other* indifferent:
//!
//! ```text
//! q = P(vendor plays column 1) = (A22 − A12) / (A11 − A12 − A21 + A22)
//! p = P(customer plays row 1)  = (B22 − B21) / (B11 − B12 − B21 + B22)
//! ```
//!
//! It exists when both denominators are non-zero and both probabilities lie strictly between 0
//! and 1. Matching pennies gives 1/2 each; the battle of the sexes gives 2/3 to each side's
//! favourite.

use super::{dec, invalid, AnalysisError, Input, Problem, Quantity, Undefined};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Both sides' payoffs in one cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payoff {
    pub customer: Decimal,
    pub vendor: Decimal,
}

/// The strategy payoff matrix, `cells[row][column]` with rows the customer's strategies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoffMatrix {
    pub customer_strategies: Vec<String>,
    pub vendor_strategies: Vec<String>,
    pub cells: Vec<Vec<Option<Payoff>>>,
}

/// Best responses and equilibria of a [`PayoffMatrix`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoffAnalysis {
    /// `customer_best[r][c]`: row `r` is a best response of the customer to column `c`.
    pub customer_best: Vec<Vec<bool>>,
    /// `vendor_best[r][c]`: column `c` is a best response of the vendor to row `r`.
    pub vendor_best: Vec<Vec<bool>>,
    /// Every `(row, column)` that is a pure Nash equilibrium, in row-major order.
    pub pure_nash: Vec<(usize, usize)>,
}

/// The fully mixed equilibrium of a 2×2 sub-game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MixedEquilibrium {
    /// The two customer strategies (row indices) of the sub-game.
    pub rows: [usize; 2],
    /// The two vendor strategies (column indices) of the sub-game.
    pub columns: [usize; 2],
    /// The probability that the customer plays `rows[0]`.
    pub customer_first: Decimal,
    /// The probability that the vendor plays `columns[0]`.
    pub vendor_first: Decimal,
    /// The customer's expected payoff in the equilibrium.
    pub customer_value: Decimal,
    /// The vendor's expected payoff in the equilibrium.
    pub vendor_value: Decimal,
}

impl PayoffMatrix {
    /// Builds a matrix, checking that there is one row of cells per customer strategy and one
    /// cell per vendor strategy in each row.
    pub fn new(
        customer_strategies: Vec<String>,
        vendor_strategies: Vec<String>,
        cells: Vec<Vec<Option<Payoff>>>,
    ) -> Result<Self, AnalysisError> {
        if cells.len() != customer_strategies.len() {
            return Err(invalid(
                Input::PayoffMatrix,
                Problem::RowsForStrategies {
                    rows: cells.len(),
                    strategies: customer_strategies.len(),
                },
            ));
        }
        if let Some(bad) = cells
            .iter()
            .find(|row| row.len() != vendor_strategies.len())
        {
            return Err(invalid(
                Input::PayoffMatrix,
                Problem::PayoffsInRow {
                    payoffs: bad.len(),
                    strategies: vendor_strategies.len(),
                },
            ));
        }
        Ok(PayoffMatrix {
            customer_strategies,
            vendor_strategies,
            cells,
        })
    }

    /// The payoffs in a cell, if it exists and was computed.
    pub fn get(&self, row: usize, column: usize) -> Option<Payoff> {
        self.cells.get(row).and_then(|r| r.get(column)).copied()?
    }

    /// Marks best responses and lists the pure Nash equilibria.
    pub fn analyse(&self) -> PayoffAnalysis {
        let rows = self.customer_strategies.len();
        let columns = self.vendor_strategies.len();
        let mut customer_best = vec![vec![false; columns]; rows];
        let mut vendor_best = vec![vec![false; columns]; rows];

        for c in 0..columns {
            let best = (0..rows)
                .filter_map(|r| self.get(r, c).map(|p| p.customer))
                .max();
            for (r, marks) in customer_best.iter_mut().enumerate() {
                let hit = matches!((self.get(r, c), best), (Some(p), Some(b)) if p.customer == b);
                if let Some(mark) = marks.get_mut(c) {
                    *mark = hit;
                }
            }
        }
        for (r, marks) in vendor_best.iter_mut().enumerate() {
            let best = (0..columns)
                .filter_map(|c| self.get(r, c).map(|p| p.vendor))
                .max();
            for (c, mark) in marks.iter_mut().enumerate() {
                *mark = matches!((self.get(r, c), best), (Some(p), Some(b)) if p.vendor == b);
            }
        }

        let mut pure_nash = Vec::new();
        for (r, (cb, vb)) in customer_best.iter().zip(&vendor_best).enumerate() {
            for (c, (a, b)) in cb.iter().zip(vb).enumerate() {
                if *a && *b {
                    pure_nash.push((r, c));
                }
            }
        }
        PayoffAnalysis {
            customer_best,
            vendor_best,
            pure_nash,
        }
    }

    /// The fully mixed equilibrium of the 2×2 sub-game on customer strategies `rows` and vendor
    /// strategies `columns`.
    pub fn mixed_2x2(
        &self,
        rows: [usize; 2],
        columns: [usize; 2],
    ) -> Result<MixedEquilibrium, AnalysisError> {
        if rows[0] == rows[1] || columns[0] == columns[1] {
            return Err(invalid(Input::SubGame, Problem::PickTwoStrategies));
        }
        let cell = |r: usize, c: usize| {
            self.get(r, c)
                .ok_or_else(|| invalid(Input::SubGame, Problem::CellOutside { row: r, column: c }))
        };
        let [r1, r2] = rows;
        let [c1, c2] = columns;
        let (p11, p12, p21, p22) = (cell(r1, c1)?, cell(r1, c2)?, cell(r2, c1)?, cell(r2, c2)?);
        let what = Quantity::MixedEquilibrium;

        // The vendor mixes to make the customer indifferent between its two rows.
        let a_den = dec::add(
            dec::sub(p11.customer, p12.customer, what)?,
            dec::sub(p22.customer, p21.customer, what)?,
            what,
        )?;
        let a_num = dec::sub(p22.customer, p12.customer, what)?;
        // The customer mixes to make the vendor indifferent between its two columns.
        let b_den = dec::add(
            dec::sub(p11.vendor, p21.vendor, what)?,
            dec::sub(p22.vendor, p12.vendor, what)?,
            what,
        )?;
        let b_num = dec::sub(p22.vendor, p21.vendor, what)?;
        if a_den.is_zero() || b_den.is_zero() {
            return Err(AnalysisError::Undefined(Undefined::SubGameIndifferent));
        }
        let vendor_first = dec::div(a_num, a_den, what)?;
        let customer_first = dec::div(b_num, b_den, what)?;
        let strictly_inside = |x: Decimal| x > Decimal::ZERO && x < Decimal::ONE;
        if !strictly_inside(vendor_first) || !strictly_inside(customer_first) {
            return Err(AnalysisError::Undefined(Undefined::SubGameDominant));
        }
        let mix = |first: Decimal, x: Decimal, y: Decimal| -> Result<Decimal, AnalysisError> {
            dec::add(
                dec::mul(first, x, what)?,
                dec::mul(dec::sub(Decimal::ONE, first, what)?, y, what)?,
                what,
            )
        };
        Ok(MixedEquilibrium {
            rows,
            columns,
            customer_first,
            vendor_first,
            customer_value: mix(vendor_first, p11.customer, p12.customer)?,
            vendor_value: mix(customer_first, p11.vendor, p21.vendor)?,
        })
    }
}
