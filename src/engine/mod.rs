//! The month-by-month simulation. (Stub, to be replaced by the full engine.)

use crate::model::Scenario;
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub months: Vec<MonthReport>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MonthReport {
    pub month_index: u32,
    pub arrears: Decimal,
    pub customer: PartyMonth,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartyMonth {
    pub cumulative_vs_baseline: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EngineError(pub String);

pub fn simulate(s: &Scenario) -> Result<Report, EngineError> {
    let delay_months = s.payment.delay_days / 30;
    let mut months = Vec::new();
    for m in 0..s.horizon_months {
        let unpaid = Decimal::from(m.min(delay_months) + 1).min(Decimal::from(delay_months));
        let arrears = unpaid * s.monthly_invoice;
        months.push(MonthReport {
            month_index: m,
            arrears,
            customer: PartyMonth {
                cumulative_vs_baseline: arrears,
            },
        });
    }
    Ok(Report { months })
}
