//! Every quantity the engine can name in an overflow has its words in both languages.

use standoff_core::engine::{EngineError, Quantity};
use standoff_core::model::YearMonth;
use standoff_words::errors::{engine_error, quantity_name};
use standoff_words::Lang;

#[test]
fn every_quantity_is_named_in_english_and_in_french() {
    for quantity in Quantity::ALL {
        let (en, fr) = (
            quantity_name(Lang::En, quantity),
            quantity_name(Lang::Fr, quantity),
        );
        assert!(!en.is_empty() && !fr.is_empty(), "{quantity:?}");
        assert_ne!(en, fr, "{quantity:?} has no French name");
        let error = EngineError::Overflow {
            line: quantity,
            month_index: 0,
            month: YearMonth {
                year: 2023,
                month: 1,
            },
        };
        assert!(engine_error(Lang::En, &error).contains(en));
        let french = engine_error(Lang::Fr, &error);
        assert!(french.contains(fr), "{french}");
        assert!(!french.contains("Overflow"), "{french}");
    }
}

#[test]
fn english_names_are_the_ones_the_engine_used_to_write() {
    assert_eq!(
        quantity_name(Lang::En, Quantity::LateInterest),
        "late interest"
    );
    assert_eq!(quantity_name(Lang::En, Quantity::Npv), "NPV");
    assert_eq!(
        quantity_name(Lang::En, Quantity::BaselineComparison),
        "baseline comparison"
    );
}
