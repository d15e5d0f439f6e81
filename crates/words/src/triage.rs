//! The words of several vendors: the triage's sentences (whom to pay first, why, and what the
//! budget left unpaid), its table and the budget's fields.

use super::format::{count, money, money_compact, month_label, percent};
use super::Lang;
use crate::messages;
use rust_decimal::Decimal;
use standoff_core::analysis::{BestAllocation, Triage, VendorTriage};
use standoff_core::model::{Allocation, Scenario};

messages! {
    /// Fixed strings of the vendors panel.
    pub enum TriageMsg {
        Title => { en: "Who gets paid", fr: "Qui est payé" },
        Vendor => { en: "Vendor", fr: "Fournisseur" },
        PerDollar => { en: "Cost per dollar kept", fr: "Coût par dollar gardé" },
        ReactionFrom => { en: "First measure if unpaid", fr: "Première mesure si impayé" },
        NoReaction => { en: "none within the horizon", fr: "aucune dans l’horizon" },
        Paid => { en: "Paid", fr: "Payé" },
        OwedAtEnd => { en: "Overdue at the end", fr: "En retard à la fin" },
        ArrearsChart => {
            en: "Overdue invoices by vendor, month by month",
            fr: "Factures en retard par fournisseur, mois par mois",
        },
        PaidChart => {
            en: "What each vendor is paid each month",
            fr: "Ce que chaque fournisseur reçoit chaque mois",
        },
        Priority => { en: "in the vendors’ order", fr: "dans l’ordre des fournisseurs" },
        ProRata => { en: "pro rata", fr: "au prorata" },
        LeverageFirst => { en: "leverage first", fr: "le levier d’abord" },
        NewVendorName => { en: "Vendor", fr: "Fournisseur" },
        Threat => { en: "Its threat", fr: "Sa menace" },
        PaidByVendor => {
            en: "Paid and overdue at the end, by vendor",
            fr: "Payé et en retard à la fin, par fournisseur",
        },
    }
}

/// A vendor's threat in a word and an amount: "credible: saves it $4.0M", "not credible:
/// costs it $2.0M", or "—" when it takes no measure (`currency`: the vendor's).
pub fn threat_cell(lang: Lang, v: &VendorTriage, currency: &str) -> String {
    let Some(credible) = v.cost.credible() else {
        return "—".to_string();
    };
    let amount = money_compact(lang, v.cost.vendor_cost.abs(), currency);
    match (lang, credible) {
        (Lang::En, true) => format!("credible: saves it {amount}"),
        (Lang::Fr, true) => format!("crédible\u{a0}: lui fait gagner {amount}"),
        (Lang::En, false) => format!("not credible: costs it {amount}"),
        (Lang::Fr, false) => format!("pas crédible\u{a0}: lui coûte {amount}"),
    }
}

/// The triage table's column headers, in the order of [`triage_cells`].
pub fn triage_header(lang: Lang) -> [&'static str; 6] {
    [
        TriageMsg::Vendor,
        TriageMsg::PerDollar,
        TriageMsg::ReactionFrom,
        TriageMsg::Paid,
        TriageMsg::OwedAtEnd,
        TriageMsg::Threat,
    ]
    .map(|msg| lang.t(msg))
}

/// One vendor's row of the triage table as text, with its amounts to the cent (for the
/// command line, where nothing shows the exact figure on hover): its name, its cost per
/// dollar kept, the month of its first measure, what it was paid, what is overdue to it at
/// the end and its threat.
pub fn triage_cells(lang: Lang, s: &Scenario, v: &VendorTriage) -> [String; 6] {
    let currency = &s.customer.currency;
    let vendor_currency = s.vendor_party(v.vendor).map_or("", |p| p.currency.as_str());
    let from = match v.cost.reaction_from {
        Some(t) => month_label(lang, s.start, t),
        None => lang.t(TriageMsg::NoReaction).to_string(),
    };
    [
        s.vendor_name(v.vendor).unwrap_or("?").to_string(),
        per_dollar(lang, v.cost.per_dollar, currency),
        from,
        money(lang, v.paid, currency),
        money(lang, v.arrears_at_end, currency),
        threat_cell(lang, v, vendor_currency),
    ]
}

/// The short name of an allocation rule, as a sentence quotes it.
pub fn rule_name(lang: Lang, rule: Allocation) -> &'static str {
    lang.t(match rule {
        Allocation::Priority => TriageMsg::Priority,
        Allocation::ProRata => TriageMsg::ProRata,
        Allocation::LeverageFirst => TriageMsg::LeverageFirst,
    })
}

/// A cost per dollar, to the cent: "$0.63", "0,63 $".
pub fn per_dollar(lang: Lang, value: Option<Decimal>, currency: &str) -> String {
    match value {
        Some(v) => money(lang, v.round_dp(2), currency),
        None => "—".to_string(),
    }
}

/// The triage's sentences: whom to pay first and why, and what the budget did.
pub fn triage_sentences(lang: Lang, s: &Scenario, triage: &Triage) -> Vec<String> {
    let words = Words { lang, s, triage };
    let mut out = Vec::with_capacity(3);
    out.extend(words.ranking());
    out.extend(words.budget());
    out.extend(words.threats());
    out
}

struct Words<'a> {
    lang: Lang,
    s: &'a Scenario,
    triage: &'a Triage,
}

impl Words<'_> {
    fn name(&self, vendor: usize) -> &str {
        self.s.vendor_name(vendor).unwrap_or("?")
    }

    fn line(&self, vendor: usize) -> Option<&VendorTriage> {
        self.triage.vendors.iter().find(|v| v.vendor == vendor)
    }

    fn cost(&self, vendor: usize) -> String {
        let value = self.line(vendor).and_then(|v| v.cost.per_dollar);
        per_dollar(self.lang, value, &self.s.customer.currency)
    }

    /// "Pay Google Cloud first: not paying it would cost Twitter $0.63 per dollar kept,
    /// against $0.15 for AWS."
    fn ranking(&self) -> Option<String> {
        let (&first, rest) = self.triage.ranking.split_first()?;
        let customer = &self.s.customer.name;
        let (name, cost) = (self.name(first), self.cost(first));
        let others: Vec<String> = rest
            .iter()
            .map(|&v| match self.lang {
                Lang::En => format!("{} for {}", self.cost(v), self.name(v)),
                Lang::Fr => format!("{} pour {}", self.cost(v), self.name(v)),
            })
            .collect();
        let against = join(self.lang, &others);
        Some(match (self.lang, against.is_empty()) {
            (Lang::En, true) => format!("Not paying {name} would cost {customer} {cost} per dollar kept."),
            (Lang::Fr, true) => format!("Ne pas payer {name} coûterait à {customer} {cost} par dollar gardé."),
            (Lang::En, false) => format!(
                "Pay {name} first: not paying it would cost {customer} {cost} per dollar kept, against {against}."
            ),
            (Lang::Fr, false) => format!(
                "Payer d’abord {name}\u{a0}: ne pas le payer coûterait à {customer} {cost} par dollar gardé, contre {against}."
            ),
        })
    }

    /// "With $17.0M a month, the rule “leverage first” pays Google Cloud, then AWS: by Dec
    /// 2023, AWS is owed $34.6M overdue, Google Cloud nothing."
    fn budget(&self) -> Option<String> {
        let (monthly, rule) = self.triage.budget?;
        let currency = &self.s.customer.currency;
        let amount = money_compact(self.lang, monthly, currency);
        let rule = rule_name(self.lang, rule);
        let order: Vec<String> = self
            .triage
            .paid_order
            .iter()
            .map(|&v| self.name(v).to_string())
            .collect();
        let order = match self.lang {
            Lang::En => order.join(", then "),
            Lang::Fr => order.join(", puis "),
        };
        let owed: Vec<String> = self.triage.vendors.iter().map(|v| self.owed(v)).collect();
        let owed = join(self.lang, &owed);
        let when = month_label(self.lang, self.s.start, self.triage.last_month);
        Some(match self.lang {
            Lang::En => format!(
                "With {amount} a month, the rule “{rule}” pays {order}: by {when}, {owed}."
            ),
            Lang::Fr => format!(
                "Avec {amount} par mois, la règle «\u{a0}{rule}\u{a0}» paie {order}\u{a0}: en {when}, {owed}."
            ),
        })
    }

    /// "Carrying out its measures would save AWS $4.0M: its threat is credible. It would cost
    /// Google Cloud $12.0M: its threat is not." Vendors that take no measure are left out.
    fn threats(&self) -> Option<String> {
        let parts: Vec<String> = self
            .triage
            .vendors
            .iter()
            .filter_map(|v| Some((v, v.cost.credible()?)))
            .map(|(v, credible)| self.threat(v, credible))
            .collect();
        if parts.is_empty() {
            return None;
        }
        Some(parts.join(" "))
    }

    fn threat(&self, v: &VendorTriage, credible: bool) -> String {
        let name = self.name(v.vendor);
        let currency = self
            .s
            .vendor_party(v.vendor)
            .map_or("", |p| p.currency.as_str());
        let amount = money_compact(self.lang, v.cost.vendor_cost.abs(), currency);
        match (self.lang, credible) {
            (Lang::En, true) => format!(
                "Carrying out its measures would save {name} {amount}: its threat is credible."
            ),
            (Lang::Fr, true) => format!(
                "Appliquer ses mesures ferait gagner {amount} à {name}\u{a0}: sa menace est crédible."
            ),
            (Lang::En, false) => format!(
                "Carrying out its measures would cost {name} {amount}: its threat is not credible."
            ),
            (Lang::Fr, false) => format!(
                "Appliquer ses mesures coûterait {amount} à {name}\u{a0}: sa menace n’est pas crédible."
            ),
        }
    }

    fn owed(&self, v: &VendorTriage) -> String {
        let name = self.name(v.vendor);
        let amount = money_compact(self.lang, v.arrears_at_end, &self.s.customer.currency);
        match (self.lang, v.arrears_at_end.is_zero()) {
            (Lang::En, true) => format!("nothing is overdue to {name}"),
            (Lang::Fr, true) => format!("rien n’est en retard envers {name}"),
            (Lang::En, false) => format!("{amount} is overdue to {name}"),
            (Lang::Fr, false) => format!("{amount} sont en retard envers {name}"),
        }
    }
}

/// "a, b and c" / "a, b et c".
fn join(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = if lang == Lang::En { "and" } else { "et" };
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// The best shares found on the grid, and what they give against the scenario as set.
pub fn best_allocation_sentence(lang: Lang, s: &Scenario, best: &BestAllocation) -> String {
    let currency = &s.customer.currency;
    let shares: Vec<String> = best
        .shares
        .iter()
        .enumerate()
        .map(|(i, share)| {
            let name = s.vendor_name(i).unwrap_or("?");
            match lang {
                Lang::En => format!("{} to {name}", percent(lang, *share)),
                Lang::Fr => format!("{} à {name}", percent(lang, *share)),
            }
        })
        .collect();
    let shares = join(lang, &shares);
    let step = percent(lang, best.step);
    let points = count(lang, best.points as u64);
    let npv = money_compact(lang, best.npv_with_claims, currency);
    let now = money_compact(lang, best.current_npv_with_claims, currency);
    match lang {
        Lang::En => format!(
            "Best shares of each bill on a {step} grid ({points} cases): {shares}, for an NPV with claims of {npv}, against {now} as set."
        ),
        Lang::Fr => format!(
            "Meilleures parts de chaque facture sur une grille de {step} ({points} cas)\u{a0}: {shares}, pour une VAN avec créances de {npv}, contre {now} telle que réglée."
        ),
    }
}
