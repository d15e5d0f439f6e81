//! Fixed strings of the main screen.

use crate::messages;

messages! {
    /// Fixed strings of the main screen: headings, buttons, labels.
    pub enum Msg {
        Tagline => {
            en: "Who has the leverage between a customer and its cloud vendor — and when does someone blink?",
            fr: "Qui a l’avantage entre un client et son fournisseur de cloud — et quand l’un des deux cède-t-il ?",
        },
        FirstScreenWait => {
            en: "The editor and the rest of the page are loading…",
            fr: "L’éditeur et le reste de la page se chargent…",
        },
        LanguageLabel => { en: "Language", fr: "Langue" },
        TheScenario => { en: "The scenario", fr: "Le scénario" },
        ShareAndKeep => { en: "Share and keep", fr: "Partager et conserver" },
        EventLog => { en: "Event log", fr: "Journal des événements" },
        NothingHappens => {
            en: "Nothing happens: everyone pays on time and nobody retaliates.",
            fr: "Il ne se passe rien\u{a0}: chacun paie à temps et personne ne riposte.",
        },
        ShowThisMonth => { en: "show this month", fr: "afficher ce mois" },
        StillToCome => { en: "still to come", fr: "à venir" },
        Play => {
            en: "Play",
            fr: "Lecture",
        },
        Pause => {
            en: "Pause",
            fr: "Pause",
        },
        Timeline => {
            en: "Timeline",
            fr: "Chronologie",
        },
        PreviousMonth => {
            en: "Previous month",
            fr: "Mois précédent",
        },
        NextMonth => {
            en: "Next month",
            fr: "Mois suivant",
        },
        StepBack => {
            en: "◀ Month",
            fr: "◀ Mois",
        },
        StepForward => {
            en: "Month ▶",
            fr: "Mois ▶",
        },
        WholeHorizon => {
            en: "Whole horizon",
            fr: "Tout l’horizon",
        },
        MonthShown => {
            en: "Month shown",
            fr: "Mois affiché",
        },
        Arrears => {
            en: "Arrears",
            fr: "Arriérés",
        },
        BilledUnpaid => {
            en: "Billed and unpaid (past due, with interest)",
            fr: "Facturé impayé (échu, avec intérêts)",
        },
        ShortfallAccrued => {
            en: "Shortfall accrued, not yet billed",
            fr: "Déficit d’engagement couru, non facturé",
        },
        CustomerVsOnTime => {
            en: "Customer cash vs paying on time",
            fr: "Trésorerie du client par rapport au paiement à temps",
        },
        VendorVsOnTime => {
            en: "Vendor cash vs paid on time",
            fr: "Trésorerie du fournisseur par rapport au paiement à temps",
        },
        CustomerNpv => {
            en: "Customer NPV vs on-time (whole horizon)",
            fr: "VAN du client par rapport au paiement à temps (tout l’horizon)",
        },
        VendorNpv => {
            en: "Vendor NPV vs on-time (whole horizon)",
            fr: "VAN du fournisseur par rapport au paiement à temps (tout l’horizon)",
        },
        HeadlineFigures => {
            en: "Headline figures",
            fr: "Chiffres clés",
        },
        VerdictTitle => {
            en: "Who has the leverage",
            fr: "Qui a l’avantage",
        },
        PainChartLabel => {
            en: "Each side's cost of one more month of standoff, by month, with the month where the leverage flips",
            fr: "Le coût d’un mois de bras de fer de plus pour chaque partie, mois par mois, avec le mois où le rapport de force s’inverse",
        },
        DownloadPng => {
            en: "Download PNG",
            fr: "Télécharger en PNG",
        },
        DataTable => {
            en: "Data table",
            fr: "Tableau de données",
        },
        ReadoutHint => {
            en: "Point at the chart, or focus it and use the arrow keys, for exact values.",
            fr: "Pointez le graphique, ou donnez-lui le focus et utilisez les flèches, pour lire les valeurs exactes.",
        },
        OffendingText => {
            en: "The text that could not be used, to copy:",
            fr: "Le texte inutilisable, à copier\u{a0}:",
        },
        Dismiss => {
            en: "Dismiss",
            fr: "Fermer",
        },
        Colon => {
            en: ":",
            fr: "\u{a0}:",
        },
        CustomerNet => {
            en: "Customer net",
            fr: "Solde net du client",
        },
        CustomerVsOnTimeShort => {
            en: "Customer cash vs on-time",
            fr: "Trésorerie du client vs paiement à temps",
        },
        VendorNet => {
            en: "Vendor net",
            fr: "Solde net du fournisseur",
        },
        VendorVsOnTimeShort => {
            en: "Vendor cash vs on-time",
            fr: "Trésorerie du fournisseur vs paiement à temps",
        },
        UsageInvoiced => {
            en: "Usage invoiced",
            fr: "Usage facturé",
        },
        TrueUpInvoiced => {
            en: "True-up invoiced",
            fr: "Régularisation facturée",
        },
        AccruedInterest => {
            en: "Accrued interest",
            fr: "Intérêts courus",
        },
        BilledUnpaidShort => {
            en: "Billed and unpaid",
            fr: "Facturé impayé",
        },
        ShortfallAccruedShort => {
            en: "Shortfall not yet billed",
            fr: "Déficit non facturé",
        },
        AdRevenueLost => {
            en: "Ad revenue lost",
            fr: "Revenus publicitaires perdus",
        },
        OutageCost => {
            en: "Outage cost",
            fr: "Coût des pannes",
        },
        MonthlyLedger => {
            en: "Monthly ledger",
            fr: "Grand livre mensuel",
        },
        Month => {
            en: "Month",
            fr: "Mois",
        },
        LedgerPages => {
            en: "Ledger pages",
            fr: "Pages du grand livre",
        },
        PreviousYear => {
            en: "Previous year",
            fr: "Année précédente",
        },
        NextYear => {
            en: "Next year",
            fr: "Année suivante",
        },
        PeakArrears => {
            en: "Peak arrears",
            fr: "Arriérés maximaux",
        },
        ArrearsAtEnd => {
            en: "Arrears at the end",
            fr: "Arriérés à la fin",
        },
        InterestAccrued => {
            en: "Interest accrued",
            fr: "Intérêts accumulés",
        },
        ShortfallAtEnd => {
            en: "Shortfall accrued, not yet billed, at the end",
            fr: "Déficit d’engagement couru, non facturé, à la fin",
        },
        PaidToVendor => {
            en: "Paid to the vendor",
            fr: "Payé au fournisseur",
        },
        CustomerNpvShort => {
            en: "Customer NPV vs on-time",
            fr: "VAN du client vs paiement à temps",
        },
        VendorNpvShort => {
            en: "Vendor NPV vs on-time",
            fr: "VAN du fournisseur vs paiement à temps",
        },
        CompareWith => {
            en: "Compare with",
            fr: "Comparer avec",
        },
        NothingOption => {
            en: "— nothing —",
            fr: "— aucun —",
        },
        Comparison => {
            en: "Comparison",
            fr: "Comparaison",
        },
        Output => {
            en: "Output",
            fr: "Résultat",
        },
        Difference => {
            en: "Difference",
            fr: "Écart",
        },
        SwapComparison => {
            en: "Edit the other scenario (swap)",
            fr: "Modifier l’autre scénario (échanger)",
        },
        PickSecond => {
            en: "Pick a second scenario to see both side by side.",
            fr: "Choisissez un second scénario pour voir les deux côte à côte.",
        },
        Compare => {
            en: "Compare",
            fr: "Comparer",
        },
        WhoShouldAccept => {
            en: "Who should accept what",
            fr: "Qui devrait accepter quoi",
        },
        PolicyRefuses => {
            en: "The vendor's policy refuses to renegotiate: this deal would be rejected as it stands.",
            fr: "La politique du fournisseur refuse toute renégociation\u{a0}: cet accord serait rejeté en l’état.",
        },
        ZopaLabel => {
            en: "Zone of possible agreement",
            fr: "Zone d’accord possible",
        },
        NashPrice => {
            en: "Nash bargaining price",
            fr: "Prix de négociation de Nash",
        },
        RubinsteinPrice => {
            en: "Rubinstein price (alternating offers)",
            fr: "Prix de Rubinstein (offres alternées)",
        },
        RubinsteinShares => {
            en: "Rubinstein shares of the surplus",
            fr: "Partage du surplus selon Rubinstein",
        },
        AttritionStandoff => {
            en: "War of attrition: expected standoff",
            fr: "Guerre d’usure\u{a0}: durée attendue du bras de fer",
        },
        PayoffMatrix => {
            en: "Strategy payoff matrix",
            fr: "Matrice des gains des stratégies",
        },
        PayoffHint => {
            en: "Simulate every pair of strategies to see each side's best responses.",
            fr: "Simulez chaque paire de stratégies pour voir les meilleures réponses de chaque camp.",
        },
        RunPayoff => {
            en: "Simulate all strategy pairs",
            fr: "Simuler toutes les paires de stratégies",
        },
        OutOfDate => {
            en: "Out of date: the scenario changed since this was computed.",
            fr: "Périmé\u{a0}: le scénario a changé depuis ce calcul.",
        },
        CustomerBest => {
            en: "customer's best response",
            fr: "meilleure réponse du client",
        },
        VendorBest => {
            en: "vendor's best response",
            fr: "meilleure réponse du fournisseur",
        },
        Failed => {
            en: "failed",
            fr: "échec",
        },
        PayoffMatrixShort => {
            en: "Payoff matrix",
            fr: "Matrice des gains",
        },
        PayoffCaption => {
            en: "Change in NPV against paying on time: customer (first line) and vendor (second line). ★ customer's best response, ☆ vendor's.",
            fr: "Variation de la VAN par rapport au paiement à temps\u{a0}: client (première ligne) et fournisseur (seconde ligne). ★ meilleure réponse du client, ☆ du fournisseur.",
        },
        CustomerVendorCorner => {
            en: "Customer \\ Vendor",
            fr: "Client \\ Fournisseur",
        },
        NoPureEquilibrium => {
            en: "No pure-strategy equilibrium.",
            fr: "Aucun équilibre en stratégies pures.",
        },
        PureEquilibria => {
            en: "Pure Nash equilibria",
            fr: "Équilibres de Nash purs",
        },
        McTitle => {
            en: "Uncertainty (Monte Carlo)",
            fr: "Incertitude (Monte-Carlo)",
        },
        RunMc => {
            en: "Run Monte Carlo",
            fr: "Lancer le Monte-Carlo",
        },
        McProgress => {
            en: "Monte Carlo progress",
            fr: "Avancement du Monte-Carlo",
        },
        Cancel => {
            en: "Cancel",
            fr: "Annuler",
        },
        McSummary => {
            en: "Monte Carlo summary",
            fr: "Synthèse du Monte-Carlo",
        },
        Median => {
            en: "Median",
            fr: "Médiane",
        },
        TornadoIdle => {
            en: "Which lever matters most? Move every parameter up and down and rank the effect.",
            fr: "Quel levier compte le plus\u{a0}? Faites varier chaque paramètre à la hausse et à la baisse et classez l’effet.",
        },
        Running => {
            en: "Running…",
            fr: "Calcul en cours…",
        },
        SweepProgress => {
            en: "Sweep progress",
            fr: "Avancement du balayage",
        },
        TornadoTitle => {
            en: "Tornado",
            fr: "Tornade",
        },
        SweepTitle => {
            en: "Sweep",
            fr: "Balayage",
        },
        RunTornado => {
            en: "Run tornado",
            fr: "Lancer la tornade",
        },
        RunSweep => {
            en: "Run sweep",
            fr: "Lancer le balayage",
        },
        TornadoData => {
            en: "Tornado data",
            fr: "Données de la tornade",
        },
        Base => {
            en: "Base",
            fr: "Base",
        },
        Parameter => {
            en: "Parameter",
            fr: "Paramètre",
        },
        Low => {
            en: "Low",
            fr: "Bas",
        },
        High => {
            en: "High",
            fr: "Haut",
        },
        Swing => {
            en: "Swing",
            fr: "Amplitude",
        },
        Slider => {
            en: "slider",
            fr: "curseur",
        },
        ShareLink => {
            en: "Share link",
            fr: "Partager le lien",
        },
        LinkCopied => {
            en: "Link copied — ",
            fr: "Lien copié — ",
        },
        Characters => {
            en: " characters.",
            fr: " caractères.",
        },
        LinkToScenario => {
            en: "Link to this scenario",
            fr: "Lien vers ce scénario",
        },
        ExportJson => {
            en: "Export scenario (JSON)",
            fr: "Exporter le scénario (JSON)",
        },
        ExportCsv => {
            en: "Export monthly ledger (CSV)",
            fr: "Exporter le grand livre mensuel (CSV)",
        },
        ImportJson => {
            en: "Import a scenario file (JSON), or drop it on the page",
            fr: "Importer un fichier de scénario (JSON), ou le déposer sur la page",
        },
        SaveName => {
            en: "Save name",
            fr: "Enregistrer le nom",
        },
        Open => {
            en: "Open",
            fr: "Ouvrir",
        },
        Rename => {
            en: "Rename",
            fr: "Renommer",
        },
        Delete => {
            en: "Delete",
            fr: "Supprimer",
        },
        SaveAs => {
            en: "Save this scenario as",
            fr: "Enregistrer ce scénario sous",
        },
        Save => {
            en: "Save",
            fr: "Enregistrer",
        },
        NoSaved => {
            en: "No scenarios saved in this browser yet.",
            fr: "Aucun scénario enregistré dans ce navigateur pour l’instant.",
        },
        ScenarioPreset => {
            en: "Scenario preset",
            fr: "Scénario prédéfini",
        },
        Reset => {
            en: "Reset",
            fr: "Réinitialiser",
        },
        CustomScenario => {
            en: "Your scenario",
            fr: "Votre scénario",
        },
        OwnScenario => {
            en: "Your own scenario: start from a preset, or edit every term below.",
            fr: "Votre propre scénario\u{a0}: partez d’un scénario prédéfini, ou modifiez chaque terme ci-dessous.",
        },
        ResetToExample => {
            en: "Reset to the teaching example",
            fr: "Revenir à l’exemple pédagogique",
        },
        CashChartLabel => {
            en: "Each party's cumulative cash against the pay-on-time baseline, by month",
            fr: "La trésorerie cumulée de chaque partie par rapport au paiement à temps, mois par mois",
        },
        ExposureChartLabel => {
            en: "What the customer owes on bills (arrears, late interest, collection costs) and the shortfall accrued but not yet billed, by month",
            fr: "Ce que le client doit sur factures (arriérés, intérêts de retard, frais de recouvrement) et le déficit d’engagement couru mais pas encore facturé, mois par mois",
        },
        CustomerFlowsChartLabel => {
            en: "The customer's monthly cash flows by ledger line",
            fr: "Les flux de trésorerie mensuels du client par ligne du grand livre",
        },
        VendorFlowsChartLabel => {
            en: "The vendor's monthly cash flows by ledger line",
            fr: "Les flux de trésorerie mensuels du fournisseur par ligne du grand livre",
        },
        ThisScenario => {
            en: "This scenario",
            fr: "Ce scénario",
        },
        CashAgainstBaseline => {
            en: "cash against the baseline",
            fr: "trésorerie par rapport à la référence",
        },
        WhatCustomerOwes => {
            en: "what the customer owes on bills, and the shortfall to come",
            fr: "ce que doit le client sur factures, et le déficit à venir",
        },
        BargainingPicture => {
            en: "Bargaining picture",
            fr: "Tableau de la négociation",
        },
        BargainingChartLabel => {
            en: "The settlement prices: each side's reservation price, the zone of agreement, and the Nash and Rubinstein prices",
            fr: "Les prix de règlement\u{a0}: le prix de réserve de chaque camp, la zone d’accord, et les prix de Nash et de Rubinstein",
        },
        FanChartLabel => {
            en: "Monte Carlo fan: the customer's cash against the baseline, 5th to 95th percentile",
            fr: "Éventail Monte-Carlo\u{a0}: la trésorerie du client par rapport à la référence, du 5e au 95e centile",
        },
    }
}

messages! {
    /// The page shown when the app stops because of a bug (`app::panic_page`).
    pub enum PanicMsg {
        Title => {
            en: "Standoff stopped because of a bug",
            fr: "Standoff s’est arrêté à cause d’un bogue",
        },
        Explanation => {
            en: "Nothing was sent anywhere. Your link is still in the address bar: copy it if you want to keep it, then reload the default scenario.",
            fr: "Rien n’a été envoyé nulle part. Votre lien est toujours dans la barre d’adresse\u{a0}: copiez-le si vous voulez le garder, puis rechargez le scénario par défaut.",
        },
        Reload => {
            en: "Reload the default scenario",
            fr: "Recharger le scénario par défaut",
        },
    }
}
