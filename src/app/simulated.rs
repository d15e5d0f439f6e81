//! A scenario's simulation as the page shows it: the two-party report, or with several
//! vendors or a budget the first vendor's report out of the whole, and the whole. The app's
//! reports and the first screen both start from it.

use std::rc::Rc;

use standoff_core::engine::{simulate, simulate_portfolio, EngineError, PortfolioReport, Report};
use standoff_core::model::Scenario;

/// The report the page shows first, and with several vendors or a budget the whole.
pub struct Simulated {
    pub report: Rc<Result<Rc<Report>, EngineError>>,
    pub portfolio: Option<Rc<PortfolioReport>>,
}

impl Simulated {
    pub fn of(scenario: &Scenario) -> Simulated {
        if !scenario.is_portfolio() {
            return Simulated {
                report: Rc::new(simulate(scenario).map(Rc::new)),
                portfolio: None,
            };
        }
        match simulate_portfolio(scenario) {
            Ok(portfolio) => {
                // The whole always holds the first vendor; were it ever empty, the report
                // would say what `simulate` says.
                let report = match portfolio.vendors.first() {
                    Some(first) => Ok(Rc::new(first.clone())),
                    None => simulate(scenario).map(Rc::new),
                };
                Simulated {
                    report: Rc::new(report),
                    portfolio: Some(Rc::new(portfolio)),
                }
            }
            Err(error) => Simulated {
                report: Rc::new(Err(error)),
                portfolio: None,
            },
        }
    }
}
