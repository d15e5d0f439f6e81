//! Fixed strings of the scenario editor.

use crate::messages;

messages! {
    /// Labels, legends, options and buttons of the scenario editor.
    pub enum Ed {
        Fraction => { en: "fraction", fr: "fraction" },
        VendorsAndBudget => { en: "Vendors and budget", fr: "Fournisseurs et budget" },
        InterestFirst => {
            en: "Each payment goes to the late interest first, then to the invoices",
            fr: "Chaque paiement va d’abord aux intérêts de retard, puis aux factures",
        },
        FurtherVendors => { en: "Further vendors", fr: "Autres fournisseurs" },
        FirstVendorNote => {
            en: "A vendor you add starts as a copy of the first vendor’s terms, under a name of its own; choose whose terms the groups below show. The order is the priority rule’s order.",
            fr: "Un fournisseur ajouté part d’une copie des conditions du premier, sous son propre nom ; choisissez de quel fournisseur les groupes ci-dessous montrent les conditions. L’ordre est celui de la règle de priorité.",
        },
        TermsShownFor => { en: "Terms shown below for", fr: "Conditions affichées ci-dessous pour" },
        MoveUp => { en: "Move up", fr: "Monter" },
        AddVendor => { en: "Add a vendor", fr: "Ajouter un fournisseur" },
        VendorNameLabel => { en: "Vendor’s name", fr: "Nom du fournisseur" },
        HasBudget => {
            en: "The customer has a monthly budget for its vendors’ bills",
            fr: "Le client a un budget mensuel pour les factures de ses fournisseurs",
        },
        BudgetRule => {
            en: "Who is paid first when the budget is short",
            fr: "Qui est payé d’abord quand le budget manque",
        },
        RulePriority => { en: "In the order of the vendors", fr: "Dans l’ordre des fournisseurs" },
        RuleProRata => { en: "Pro rata to what is due", fr: "Au prorata de ce qui est dû" },
        RuleLeverageFirst => {
            en: "Leverage first: the costliest to leave unpaid",
            fr: "Le levier d’abord\u{a0}: le plus coûteux à laisser impayé",
        },
        OutcomeMeasuredByTheTornadoAnd => {
            en: "Outcome measured by the tornado and the sweep",
            fr: "Résultat mesuré par la tornade et le balayage",
        },
        TornadoSwingShareOfEachValue => {
            en: "Tornado swing (share of each value)",
            fr: "Amplitude de la tornade (part de chaque valeur)",
        },
        SweepHorizontalAxis => {
            en: "Sweep: horizontal axis",
            fr: "Balayage\u{a0}: axe horizontal",
        },
        SweepVerticalAxis => {
            en: "Sweep: vertical axis",
            fr: "Balayage\u{a0}: axe vertical",
        },
        SweepStepsPerAxis => {
            en: "Sweep: steps per axis",
            fr: "Balayage\u{a0}: pas par axe",
        },
        MonteCarloRuns => {
            en: "Monte Carlo runs",
            fr: "Tirages Monte-Carlo",
        },
        MonteCarloSeed => {
            en: "Monte Carlo seed",
            fr: "Graine Monte-Carlo",
        },
        AnalysisSettings => {
            en: "Analysis settings",
            fr: "Réglages des analyses",
        },
        Advertising => {
            en: "Advertising",
            fr: "Publicité",
        },
        DataLicensing => {
            en: "Data licensing",
            fr: "Licences de données",
        },
        OtherRevenue => {
            en: "Other revenue",
            fr: "Autres revenus",
        },
        Monthly => {
            en: "Monthly",
            fr: "Mensuel",
        },
        Quarterly => {
            en: "Quarterly",
            fr: "Trimestriel",
        },
        EveryContractYear => {
            en: "Every contract year",
            fr: "Chaque année de contrat",
        },
        OnceAtTheEndOfThe => {
            en: "Once, at the end of the term",
            fr: "Une fois, à la fin du contrat",
        },
        Simple => {
            en: "Simple",
            fr: "Simples",
        },
        CompoundedMonthly => {
            en: "Compounded monthly",
            fr: "Composés chaque mois",
        },
        NominalAnnual12 => {
            en: "Nominal (annual ÷ 12)",
            fr: "Nominal (annuel ÷ 12)",
        },
        EffectiveCompoundsToTheAnnualRate => {
            en: "Effective (compounds to the annual rate)",
            fr: "Effectif (se compose en taux annuel)",
        },
        TheCustomer => {
            en: "The customer",
            fr: "Le client",
        },
        TheVendor => {
            en: "The vendor",
            fr: "Le fournisseur",
        },
        ArrearsAboveAnAmount => {
            en: "Arrears above an amount",
            fr: "Arriérés au-dessus d’un montant",
        },
        OldestInvoiceOverdueBy => {
            en: "Oldest invoice overdue by",
            fr: "Plus ancienne facture en retard de",
        },
        MonthsInARowUnpaid => {
            en: "Months in a row unpaid",
            fr: "Mois consécutifs impayés",
        },
        AlwaysAStandingPolicy => {
            en: "Always (a standing policy)",
            fr: "Toujours (politique permanente)",
        },
        CutSpendOnTheCustomer => {
            en: "Cut spend on the customer",
            fr: "Réduire les dépenses chez le client",
        },
        WithholdItsOwnPayments => {
            en: "Withhold its own payments",
            fr: "Retenir ses propres paiements",
        },
        CreditHoldInvoicesDueOnIssue => {
            en: "Credit hold (invoices due on issue)",
            fr: "Blocage du crédit (factures payables à réception)",
        },
        SuspendTheService => {
            en: "Suspend the service",
            fr: "Suspendre le service",
        },
        Sue => {
            en: "Sue",
            fr: "Poursuivre en justice",
        },
        RefuseToRenegotiate => {
            en: "Refuse to renegotiate",
            fr: "Refuser de renégocier",
        },
        FlatScheduleTheSameCommitmentEvery => {
            en: "Flat schedule: the same commitment every month.",
            fr: "Calendrier uniforme\u{a0}: le même engagement chaque mois.",
        },
        RampWeightsOnePerContractYear => {
            en: "Ramp weights, one per contract year",
            fr: "Poids de montée en charge, un par année de contrat",
        },
        TotalCommitment => {
            en: "Total commitment",
            fr: "Engagement total",
        },
        Term => {
            en: "Term",
            fr: "Durée",
        },
        DiscountOnListPrice => {
            en: "Discount on list price",
            fr: "Remise sur le prix catalogue",
        },
        UseARamp => {
            en: "Use a ramp",
            fr: "Utiliser une montée en charge",
        },
        AddAContractYear => {
            en: "Add a contract year",
            fr: "Ajouter une année de contrat",
        },
        UsageAtTheStart => {
            en: "Usage at the start",
            fr: "Usage au début",
        },
        UsageChanges => {
            en: "Usage changes",
            fr: "Changements d’usage",
        },
        FromMonth => {
            en: "From month",
            fr: "À partir du mois",
        },
        UsageShare => {
            en: "Usage share",
            fr: "Part d’usage",
        },
        AddAUsageChange => {
            en: "Add a usage change",
            fr: "Ajouter un changement d’usage",
        },
        TrueUpOfTheShortfall => {
            en: "True-up of the shortfall",
            fr: "Régularisation du manque à gagner",
        },
        UsageAboveAPeriodSCommitment => {
            en: "Usage above a period's commitment counts towards the next",
            fr: "L’usage au-delà de l’engagement d’une période compte pour la suivante",
        },
        TheContract => {
            en: "The contract",
            fr: "Le contrat",
        },
        Remove => {
            en: "Remove",
            fr: "Retirer",
        },
        ThatChangeWasNotAppliedThe => {
            en: "That change was not applied; the charts still show the last valid scenario:",
            fr: "Cette modification n’a pas été appliquée\u{a0}; les graphiques montrent toujours le dernier scénario valide\u{a0}:",
        },
        DataCentres => {
            en: "Data centres",
            fr: "Centres de données",
        },
        Closed => {
            en: "Closed",
            fr: "Fermés",
        },
        ClosedFromMonth => {
            en: "Closed from month",
            fr: "Fermés à partir du mois",
        },
        SavingPerClosedCentrePerMonth => {
            en: "Saving per closed centre per month",
            fr: "Économie par centre fermé et par mois",
        },
        MonthlyOutageProbabilityNothingClosed => {
            en: "Monthly outage probability, nothing closed",
            fr: "Probabilité mensuelle de panne, rien de fermé",
        },
        AddedProbabilityPerClosure => {
            en: "Added probability per closure",
            fr: "Probabilité ajoutée par fermeture",
        },
        CostOfOneMajorOutage => {
            en: "Cost of one major outage",
            fr: "Coût d’une panne majeure",
        },
        OtherAdvertisersRevenuePerMonth => {
            en: "Other advertisers' revenue per month",
            fr: "Revenus des autres annonceurs par mois",
        },
        OperationsTheCustomer => {
            en: "Operations (the customer)",
            fr: "Exploitation (le client)",
        },
        TheTwoParties => {
            en: "The two parties",
            fr: "Les deux parties",
        },
        Name => {
            en: "Name",
            fr: "Nom",
        },
        CurrencyISOCodeEGUSD => {
            en: "Currency (ISO code, e.g. USD)",
            fr: "Devise (code ISO, par exemple USD)",
        },
        ChartColour => {
            en: "Chart colour",
            fr: "Couleur dans les graphiques",
        },
        CashOnHand => {
            en: "Cash on hand",
            fr: "Trésorerie",
        },
        DiscountRateAnnual => {
            en: "Discount rate (annual)",
            fr: "Taux d’actualisation (annuel)",
        },
        MonthlyRateFromTheAnnualOne => {
            en: "Monthly rate from the annual one",
            fr: "Taux mensuel tiré du taux annuel",
        },
        PaymentTermsNetDays => {
            en: "Payment terms (net days)",
            fr: "Délai de paiement (jours nets)",
        },
        ShareOfEachInvoicePaid => {
            en: "Share of each invoice paid",
            fr: "Part de chaque facture payée",
        },
        PaymentDelay => {
            en: "Payment delay",
            fr: "Retard de paiement",
        },
        TheCustomerStopsPaying => {
            en: "The customer stops paying",
            fr: "Le client cesse de payer",
        },
        StopPayingFromMonth => {
            en: "Stop paying from month",
            fr: "Arrêt des paiements au mois",
        },
        TheCustomerResumesPaying => {
            en: "The customer resumes paying",
            fr: "Le client recommence à payer",
        },
        ResumePayingAtMonth => {
            en: "Resume paying at month",
            fr: "Reprise des paiements au mois",
        },
        OnResumingAlsoPayEveryUnpaid => {
            en: "On resuming, also pay every unpaid invoice",
            fr: "À la reprise, payer aussi chaque facture impayée",
        },
        LumpSumPayments => {
            en: "Lump-sum payments",
            fr: "Paiements forfaitaires",
        },
        PaidAtTheEndOfMonth => {
            en: "Paid at the end of month",
            fr: "Payé à la fin du mois",
        },
        Amount => {
            en: "Amount",
            fr: "Montant",
        },
        AddALumpSum => {
            en: "Add a lump sum",
            fr: "Ajouter un paiement forfaitaire",
        },
        LateInterestPerMonth => {
            en: "Late interest per month",
            fr: "Intérêts de retard par mois",
        },
        LateInterestIs => {
            en: "Late interest is",
            fr: "Les intérêts de retard sont",
        },
        VendorSCollectionCostPerMonth => {
            en: "Vendor's collection cost per month",
            fr: "Frais de recouvrement du fournisseur par mois",
        },
        ClaimRecovery => {
            en: "Share of its open claims the vendor recovers (NPV with claims)",
            fr: "Part de ses créances ouvertes que le fournisseur recouvre (VAN avec créances)",
        },
        PaymentBehaviour => {
            en: "Payment behaviour",
            fr: "Comportement de paiement",
        },
        TheVendorBuysNothingFromThe => {
            en: "The vendor buys nothing from the customer.",
            fr: "Le fournisseur n’achète rien au client.",
        },
        Label => {
            en: "Label",
            fr: "Libellé",
        },
        Kind => {
            en: "Kind",
            fr: "Nature",
        },
        ValueToVendor => {
            en: "Worth to the vendor per period (what cutting it costs the vendor)",
            fr: "Valeur pour le fournisseur par période (ce que la couper lui coûte)",
        },
        AmountPerPeriod => {
            en: "Amount per period",
            fr: "Montant par période",
        },
        Invoiced => {
            en: "Invoiced",
            fr: "Facturation",
        },
        VendorPaysAfterNetDays => {
            en: "Vendor pays after (net days)",
            fr: "Le fournisseur paie après (jours nets)",
        },
        AddALine => {
            en: "Add a line",
            fr: "Ajouter une ligne",
        },
        ReciprocalFlowsVendorCustomer => {
            en: "Reciprocal flows (vendor → customer)",
            fr: "Flux réciproques (fournisseur → client)",
        },
        TheVendorNeverRetaliates => {
            en: "The vendor never retaliates.",
            fr: "Le fournisseur ne riposte jamais.",
        },
        AddARule => {
            en: "Add a rule",
            fr: "Ajouter une règle",
        },
        RetaliationPolicyTheVendor => {
            en: "Retaliation policy (the vendor)",
            fr: "Politique de riposte (le fournisseur)",
        },
        When => {
            en: "When",
            fr: "Quand",
        },
        ArrearsAbove => {
            en: "Arrears above",
            fr: "Arriérés au-dessus de",
        },
        DaysOverdue => {
            en: "Days overdue",
            fr: "Jours de retard",
        },
        MonthsUnpaid => {
            en: "Months unpaid",
            fr: "Mois impayés",
        },
        SpendCutOn => {
            en: "Spend cut on",
            fr: "Dépenses coupées sur",
        },
        ShareCut => {
            en: "Share cut",
            fr: "Part coupée",
        },
        CustomerSCostPerMonthOf => {
            en: "Customer's cost per month of suspension",
            fr: "Coût mensuel de la suspension pour le client",
        },
        VendorSLegalCost => {
            en: "Vendor's legal cost",
            fr: "Frais de justice du fournisseur",
        },
        CustomerSLegalCost => {
            en: "Customer's legal cost",
            fr: "Frais de justice du client",
        },
        MonthsToJudgment => {
            en: "Months to judgment",
            fr: "Mois jusqu’au jugement",
        },
        VendorSChanceOfWinning => {
            en: "Vendor's chance of winning",
            fr: "Chances de victoire du fournisseur",
        },
        LagBeforeActing => {
            en: "Lag before acting",
            fr: "Délai avant d’agir",
        },
        StopsOnceTheTriggerNoLonger => {
            en: "Stops once the trigger no longer holds",
            fr: "S’arrête dès que le déclencheur ne tient plus",
        },
        AnnouncedAsAThreat => {
            en: "Announced first as a threat",
            fr: "Annoncée d’abord comme une menace",
        },
        ThreatDeadline => {
            en: "Months to the threat's deadline",
            fr: "Mois jusqu’à l’échéance de la menace",
        },
        ThreatWithdrawnAtOrBelow => {
            en: "Withdrawn if arrears are at most",
            fr: "Retirée si les arriérés sont au plus de",
        },
        LegalActionNeverReverses => {
            en: "Legal action never reverses.",
            fr: "Une action en justice ne s’annule jamais.",
        },
        ASettlementIsOffered => {
            en: "A settlement is offered",
            fr: "Un règlement est proposé",
        },
        ProposedBy => {
            en: "Proposed by",
            fr: "Proposé par",
        },
        AppliesAtTheEndOfMonth => {
            en: "Applies at the end of month",
            fr: "S’applique à la fin du mois",
        },
        ShareOfTheClaimForgiven => {
            en: "Share of the claim forgiven",
            fr: "Part de la créance abandonnée",
        },
        CommitmentReduction => {
            en: "Commitment reduction",
            fr: "Réduction de l’engagement",
        },
        TermExtension => {
            en: "Term extension",
            fr: "Prolongation du contrat",
        },
        BundledAdsPerMonth => {
            en: "Bundled ads per month",
            fr: "Publicité groupée par mois",
        },
        BundledDataDealPerMonth => {
            en: "Bundled data deal per month",
            fr: "Accord de données groupé par mois",
        },
        Settlement => {
            en: "Settlement",
            fr: "Règlement",
        },
        Title => {
            en: "Title",
            fr: "Titre",
        },
        StartYear => {
            en: "Start year",
            fr: "Année de début",
        },
        StartMonth112 => {
            en: "Start month (1–12)",
            fr: "Mois de début (1–12)",
        },
        MonthsSimulated => {
            en: "Months simulated",
            fr: "Mois simulés",
        },
        ScenarioAndTimeframe => {
            en: "Scenario and timeframe",
            fr: "Scénario et période",
        },
    }
}

use crate::Lang;

/// A numbered item of one of the editor's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    RampYear,
    UsageChange,
    LumpSum,
    Rule,
}

/// The legend of item `n` (1-based): "Lump sum 2" / "Paiement forfaitaire 2".
pub fn item_legend(lang: Lang, item: Item, n: usize) -> String {
    match (lang, item) {
        (Lang::En, Item::RampYear) => format!("Contract year {n}"),
        (Lang::Fr, Item::RampYear) => format!("Année de contrat {n}"),
        (Lang::En, Item::UsageChange) => format!("Usage change {n}"),
        (Lang::Fr, Item::UsageChange) => format!("Changement d’usage {n}"),
        (Lang::En, Item::LumpSum) => format!("Lump sum {n}"),
        (Lang::Fr, Item::LumpSum) => format!("Paiement forfaitaire {n}"),
        (Lang::En, Item::Rule) => format!("Rule {n}"),
        (Lang::Fr, Item::Rule) => format!("Règle {n}"),
    }
}

/// The accessible name of the button that removes item `n`.
pub fn remove_label(lang: Lang, item: Item, n: usize) -> String {
    match (lang, item) {
        (Lang::En, Item::RampYear) => format!("Remove contract year {n} from the ramp"),
        (Lang::Fr, Item::RampYear) => {
            format!("Retirer l’année de contrat {n} de la montée en charge")
        }
        (Lang::En, Item::UsageChange) => format!("Remove usage change {n}"),
        (Lang::Fr, Item::UsageChange) => format!("Retirer le changement d’usage {n}"),
        (Lang::En, Item::LumpSum) => format!("Remove lump sum {n}"),
        (Lang::Fr, Item::LumpSum) => format!("Retirer le paiement forfaitaire {n}"),
        (Lang::En, Item::Rule) => format!("Remove rule {n}"),
        (Lang::Fr, Item::Rule) => format!("Retirer la règle {n}"),
    }
}

/// The legend of reciprocal line `n` named `label`, and its remove button's name.
pub fn line_texts(lang: Lang, n: usize, label: &str) -> (String, String) {
    match lang {
        Lang::En => (
            format!("Line {n}: {label}"),
            format!("Remove line {n} ({label})"),
        ),
        Lang::Fr => (
            format!("Ligne {n}\u{a0}: {label}"),
            format!("Retirer la ligne {n} ({label})"),
        ),
    }
}

/// The ramp's legend: "Ramp: weight of each contract year (6 for this term)".
pub fn ramp_legend(lang: Lang, years: u32) -> String {
    match lang {
        Lang::En => format!("Ramp: weight of each contract year ({years} for this term)"),
        Lang::Fr => format!(
            "Montée en charge\u{a0}: poids de chaque année de contrat ({years} pour cette durée)"
        ),
    }
}

/// "Not applied: …." under a control whose edit was rejected.
pub fn not_applied(lang: Lang, messages: &str) -> String {
    match lang {
        Lang::En => format!("Not applied: {messages}."),
        Lang::Fr => format!("Non appliqué\u{a0}: {messages}."),
    }
}
