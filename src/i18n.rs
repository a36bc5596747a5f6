//! Every string the browser app shows, in bokmål, nynorsk and English, and the number and date
//! formats that go with them.
//!
//! Each language is one [`Strings`] value, so a key missing in any language does not compile.
//! Templates hold named placeholders (`{n}`, `{m}`, …) filled with [`fill`]; a test checks that
//! every language uses the same placeholders. Names of actors, solutions, milestones, benefits and
//! presets are not here: they come from the roadmap data.

use crate::model::{Lang, Month};

macro_rules! strings {
    ($($(#[$doc:meta])* $key:ident),* $(,)?) => {
        /// One language's UI strings.
        #[derive(Debug)]
        pub struct Strings {
            $($(#[$doc])* pub $key: &'static str,)*
            /// Short month names, January first.
            pub months: [&'static str; 12],
        }

        impl Strings {
            /// Every key with its text, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

strings! {
    app_tagline,
    language,
    data_as_of,
    load_failed,

    levers_heading,
    group_providers,
    group_vendors,
    group_milestones,
    lever_speed,
    lever_delay,
    lever_ceiling,
    lever_milestone_delay,
    lever_mandate,
    mandate_as_data,
    mandate_off,
    mandate_at,
    mandate_deadline,
    /// Unit after a month count on a lever, e.g. "12 mnd.".
    unit_months,
    /// `{lever}`: the lever's full name.
    reset_lever,
    reset_all,
    preset,
    preset_custom,
    /// The preset menu's entry while every lever is at its default.
    preset_baseline,
    schedule,
    schedule_forecast,
    schedule_plan,

    headline_heading,
    benefit_lost,
    benefit_gained,
    benefit_unchanged,
    against_baseline,
    slipped_label,
    /// `{count}` of `{total}` milestones.
    slipped_count,
    /// `{months}`: total slip, e.g. "34 måneder".
    slipped_months,
    costliest_label,
    costliest_none,
    /// `{amount}`: present value recovered by resetting the lever.
    costliest_recovers,
    /// `{from}`, `{to}`, `{base}`, `{rate}`; `{source}`: the rate's provenance.
    pv_note,
    /// `{end}`: the horizon's last month.
    slipped_note,
    costliest_note,

    adoption_heading,
    solution,
    legend_scenario,
    legend_baseline,
    legend_observed,
    axis_share,
    observed_heading,
    no_observations,
    col_actor,
    col_date,
    col_share,

    benefit_heading,
    benefit_monthly,
    benefit_cumulative,
    pv_gap,
    col_benefit,
    col_annual,
    col_pv_baseline,
    col_pv_scenario,
    col_change,
    total,

    timeline_heading,
    timeline_hint,
    legend_plan,
    legend_forecast,
    legend_actual,
    legend_slip,
    col_milestone,
    col_plan,
    col_forecast,
    col_vs_baseline,
    /// `{end}`: the horizon's last month.
    not_reached,
    same_as_baseline,
    /// `{months}` later than the baseline.
    later_by,
    /// `{months}` earlier than the baseline.
    earlier_by,

    chain_heading,
    chain_hint,
    because,
    /// `{m}` moves `{months}` later, to `{date}`.
    chain_later,
    /// `{m}` comes `{months}` earlier, at `{date}`.
    chain_earlier,
    /// `{m}` comes at `{date}`, as in the baseline.
    chain_same,
    /// `{m}` is not reached by `{end}`.
    chain_lost,
    /// `{m}` comes at `{date}` (the baseline did not reach it).
    chain_at,
    /// `{m}` has its own date `{date}`.
    cause_own,
    /// `{m}` has been given `{months}` of extra delay, to `{date}`.
    cause_own_extra,
    /// `{this}` waits for `{other}`.
    cause_milestone,
    /// `{this}` can at the earliest happen `{months}` after `{other}`.
    cause_milestone_lag,
    /// `{this}` waits until `{share}` of `{actor}` have adopted `{solution}`.
    cause_track,
    /// `{this}` was under way from the start.
    cause_start,
    /// `{this}` can start at `{date}` at the earliest.
    cause_earliest,
    /// `{actor}` starts `{months}` later (a lever).
    cause_actor_delay,
    /// The adoption of `{solution}` by `{actor}`: a track as the subject of a cause.
    track_subject,

    graph_heading,
    graph_note,

    source,
    assumption,
    forecast_note,
    /// `{n}`: a month count of one.
    month_one,
    /// `{n}`: a month count other than one.
    months_many,
    /// `{n}`: an amount in million kroner.
    mnok,
}

pub const NB: Strings = Strings {
    app_tagline: "Flytt spakene og se straks hva som skjer med milepælene og gevinstene som avhenger av dem.",
    language: "Språk",
    data_as_of: "Data per",
    load_failed: "Veikartet kunne ikke lastes",

    levers_heading: "Spaker",
    group_providers: "Helsetjenesten",
    group_vendors: "EPJ-leverandører",
    group_milestones: "Milepæler",
    lever_speed: "Tempo",
    lever_delay: "Forsinkelse",
    lever_ceiling: "Tak for innføring",
    lever_milestone_delay: "Ekstra forsinkelse",
    lever_mandate: "Plikt",
    mandate_as_data: "Som i data",
    mandate_off: "Ingen plikt",
    mandate_at: "Plikt innen frist",
    mandate_deadline: "Frist",
    unit_months: "mnd.",
    reset_lever: "Tilbakestill {lever}",
    reset_all: "Tilbakestill alle spaker",
    preset: "Scenario",
    preset_custom: "Egendefinert",
    preset_baseline: "Grunnlaget",
    schedule: "Datoer",
    schedule_forecast: "Siste kjente plan",
    schedule_plan: "Veikartet slik det ble publisert i 2021",

    headline_heading: "Hovedtall",
    benefit_lost: "Tapt gevinst",
    benefit_gained: "Økt gevinst",
    benefit_unchanged: "Gevinst som i grunnlaget",
    against_baseline: "nåverdi mot grunnlaget",
    slipped_label: "Milepæler som forsinkes",
    slipped_count: "{count} av {total}",
    slipped_months: "til sammen {months}",
    costliest_label: "Spaken som koster mest",
    costliest_none: "Ingen spak koster gevinst",
    costliest_recovers: "tilbakestilt gir den {amount}",
    pv_note: "Nåverdi av gevinstene {from}–{to}, diskontert til {base} med {rate} realrente. {source}",
    slipped_note: "Beregnet: milepæler som kommer senere enn i grunnlaget, eller ikke innen {end}.",
    costliest_note: "Beregnet: scenariet kjøres på nytt med hver endrede spak tilbakestilt, én om gangen. Spaken som gir mest nåverdi tilbake vises.",

    adoption_heading: "Innføring over tid",
    solution: "Løsning",
    legend_scenario: "Scenario",
    legend_baseline: "Grunnlag",
    legend_observed: "Kjent faktisk andel",
    axis_share: "Andel som har tatt i bruk (%)",
    observed_heading: "Kjente tall for denne løsningen",
    no_observations: "Ingen kjente tall i dataene for denne løsningen.",
    col_actor: "Aktørgruppe",
    col_date: "Dato",
    col_share: "Andel",

    benefit_heading: "Gevinstrealisering",
    benefit_monthly: "Gevinst per måned (mill. kr)",
    benefit_cumulative: "Akkumulert gevinst (mill. kr)",
    pv_gap: "Forskjell i nåverdi",
    col_benefit: "Gevinst",
    col_annual: "Per år ved full effekt",
    col_pv_baseline: "Nåverdi, grunnlag",
    col_pv_scenario: "Nåverdi, scenario",
    col_change: "Endring",
    total: "Sum",

    timeline_heading: "Milepæler",
    timeline_hint: "Velg en milepæl for å se hvorfor den kommer når den gjør.",
    legend_plan: "Plan 2021",
    legend_forecast: "Prognose",
    legend_actual: "Faktisk",
    legend_slip: "Forsinkelse mot plan (oransje: inntil 12 mnd., rød: mer)",
    col_milestone: "Milepæl",
    col_plan: "Plan",
    col_forecast: "Prognose",
    col_vs_baseline: "Mot grunnlaget",
    not_reached: "ikke innen {end}",
    same_as_baseline: "som i grunnlaget",
    later_by: "{months} senere",
    earlier_by: "{months} tidligere",

    chain_heading: "Hvorfor?",
    chain_hint: "Ingen milepæl valgt.",
    because: "fordi",
    chain_later: "{m} flyttes {months} til {date}",
    chain_earlier: "{m} kommer {months} tidligere, {date}",
    chain_same: "{m} kommer {date}, som i grunnlaget",
    chain_lost: "{m} nås ikke innen {end}",
    chain_at: "{m} kommer {date}",
    cause_own: "{m} har egen dato {date}",
    cause_own_extra: "{m} har fått {months} ekstra forsinkelse, til {date}",
    cause_milestone: "{this} venter på {other}",
    cause_milestone_lag: "{this} kan tidligst skje {months} etter {other}",
    cause_track: "{this} venter til {share} av {actor} har tatt i bruk {solution}",
    cause_start: "{this} var i gang fra start",
    cause_earliest: "{this} kan tidligst starte {date}",
    cause_actor_delay: "{actor} starter {months} senere",
    track_subject: "innføringen av {solution} hos {actor}",

    graph_heading: "Avhengigheter",
    graph_note: "Milepæler (hvite, kant i statusfarge) og innføringsløp (grå), ordnet fra venstre etter hvor mange ledd de avhenger av. Den valgte kjeden er uthevet.",

    source: "Kilde",
    assumption: "Antagelse",
    forecast_note: "Beregnet: seneste av egen dato og alle forutsetninger. Velg milepælen for å se kjeden.",
    month_one: "{n} måned",
    months_many: "{n} måneder",
    mnok: "{n} mill. kr",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

pub const NN: Strings = Strings {
    app_tagline: "Flytt spakane og sjå med ein gong kva som skjer med milepælane og gevinstane som er avhengige av dei.",
    language: "Språk",
    data_as_of: "Data per",
    load_failed: "Vegkartet kunne ikkje lastast",

    levers_heading: "Spakar",
    group_providers: "Helsetenesta",
    group_vendors: "EPJ-leverandørar",
    group_milestones: "Milepælar",
    lever_speed: "Tempo",
    lever_delay: "Forseinking",
    lever_ceiling: "Tak for innføring",
    lever_milestone_delay: "Ekstra forseinking",
    lever_mandate: "Plikt",
    mandate_as_data: "Som i data",
    mandate_off: "Inga plikt",
    mandate_at: "Plikt innan frist",
    mandate_deadline: "Frist",
    unit_months: "mnd.",
    reset_lever: "Tilbakestill {lever}",
    reset_all: "Tilbakestill alle spakar",
    preset: "Scenario",
    preset_custom: "Eigendefinert",
    preset_baseline: "Grunnlaget",
    schedule: "Datoar",
    schedule_forecast: "Siste kjende plan",
    schedule_plan: "Vegkartet slik det vart publisert i 2021",

    headline_heading: "Hovudtal",
    benefit_lost: "Tapt gevinst",
    benefit_gained: "Auka gevinst",
    benefit_unchanged: "Gevinst som i grunnlaget",
    against_baseline: "noverdi mot grunnlaget",
    slipped_label: "Milepælar som blir forseinka",
    slipped_count: "{count} av {total}",
    slipped_months: "til saman {months}",
    costliest_label: "Spaken som kostar mest",
    costliest_none: "Ingen spak kostar gevinst",
    costliest_recovers: "tilbakestilt gir han {amount}",
    pv_note: "Noverdi av gevinstane {from}–{to}, diskontert til {base} med {rate} realrente. {source}",
    slipped_note: "Rekna ut: milepælar som kjem seinare enn i grunnlaget, eller ikkje innan {end}.",
    costliest_note: "Rekna ut: scenariet blir køyrt på nytt med kvar endra spak tilbakestilt, éin om gongen. Spaken som gir mest noverdi tilbake blir vist.",

    adoption_heading: "Innføring over tid",
    solution: "Løysing",
    legend_scenario: "Scenario",
    legend_baseline: "Grunnlag",
    legend_observed: "Kjend faktisk del",
    axis_share: "Del som har teke i bruk (%)",
    observed_heading: "Kjende tal for denne løysinga",
    no_observations: "Ingen kjende tal i dataa for denne løysinga.",
    col_actor: "Aktørgruppe",
    col_date: "Dato",
    col_share: "Del",

    benefit_heading: "Gevinstrealisering",
    benefit_monthly: "Gevinst per månad (mill. kr)",
    benefit_cumulative: "Akkumulert gevinst (mill. kr)",
    pv_gap: "Skilnad i noverdi",
    col_benefit: "Gevinst",
    col_annual: "Per år ved full effekt",
    col_pv_baseline: "Noverdi, grunnlag",
    col_pv_scenario: "Noverdi, scenario",
    col_change: "Endring",
    total: "Sum",

    timeline_heading: "Milepælar",
    timeline_hint: "Vel ein milepæl for å sjå kvifor han kjem når han gjer.",
    legend_plan: "Plan 2021",
    legend_forecast: "Prognose",
    legend_actual: "Faktisk",
    legend_slip: "Forseinking mot plan (oransje: inntil 12 mnd., raud: meir)",
    col_milestone: "Milepæl",
    col_plan: "Plan",
    col_forecast: "Prognose",
    col_vs_baseline: "Mot grunnlaget",
    not_reached: "ikkje innan {end}",
    same_as_baseline: "som i grunnlaget",
    later_by: "{months} seinare",
    earlier_by: "{months} tidlegare",

    chain_heading: "Kvifor?",
    chain_hint: "Ingen milepæl er vald.",
    because: "fordi",
    chain_later: "{m} blir flytta {months} til {date}",
    chain_earlier: "{m} kjem {months} tidlegare, {date}",
    chain_same: "{m} kjem {date}, som i grunnlaget",
    chain_lost: "{m} blir ikkje nådd innan {end}",
    chain_at: "{m} kjem {date}",
    cause_own: "{m} har eigen dato {date}",
    cause_own_extra: "{m} har fått {months} ekstra forseinking, til {date}",
    cause_milestone: "{this} ventar på {other}",
    cause_milestone_lag: "{this} kan tidlegast skje {months} etter {other}",
    cause_track: "{this} ventar til {share} av {actor} har teke i bruk {solution}",
    cause_start: "{this} var i gang frå start",
    cause_earliest: "{this} kan tidlegast starte {date}",
    cause_actor_delay: "{actor} startar {months} seinare",
    track_subject: "innføringa av {solution} hos {actor}",

    graph_heading: "Avhengnader",
    graph_note: "Milepælar (kvite, kant i statusfarge) og innføringsløp (grå), ordna frå venstre etter kor mange ledd dei er avhengige av. Den valde kjeda er utheva.",

    source: "Kjelde",
    assumption: "Antaking",
    forecast_note: "Rekna ut: seinaste av eigen dato og alle føresetnader. Vel milepælen for å sjå kjeda.",
    month_one: "{n} månad",
    months_many: "{n} månader",
    mnok: "{n} mill. kr",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

pub const EN: Strings = Strings {
    app_tagline: "Move the levers and see at once what happens to the milestones and benefits that depend on them.",
    language: "Language",
    data_as_of: "Data as of",
    load_failed: "The roadmap could not be loaded",

    levers_heading: "Levers",
    group_providers: "Care providers",
    group_vendors: "EHR vendors",
    group_milestones: "Milestones",
    lever_speed: "Speed",
    lever_delay: "Delay",
    lever_ceiling: "Adoption ceiling",
    lever_milestone_delay: "Extra delay",
    lever_mandate: "Mandate",
    mandate_as_data: "As in the data",
    mandate_off: "No mandate",
    mandate_at: "Mandate by a deadline",
    mandate_deadline: "Deadline",
    unit_months: "mo.",
    reset_lever: "Reset {lever}",
    reset_all: "Reset all levers",
    preset: "Scenario",
    preset_custom: "Custom",
    preset_baseline: "Baseline",
    schedule: "Dates",
    schedule_forecast: "Latest known plan",
    schedule_plan: "The roadmap as published in 2021",

    headline_heading: "Key figures",
    benefit_lost: "Benefit lost",
    benefit_gained: "Benefit gained",
    benefit_unchanged: "Benefit as in the baseline",
    against_baseline: "present value against the baseline",
    slipped_label: "Milestones that slip",
    slipped_count: "{count} of {total}",
    slipped_months: "{months} in total",
    costliest_label: "The lever that costs most",
    costliest_none: "No lever costs benefit",
    costliest_recovers: "resetting it recovers {amount}",
    pv_note: "Present value of the benefits {from}–{to}, discounted to {base} at a real rate of {rate}. {source}",
    slipped_note: "Computed: milestones later than in the baseline, or not reached by {end}.",
    costliest_note: "Computed: the scenario is re-run with each changed lever reset, one at a time. The lever whose reset recovers most present value is shown.",

    adoption_heading: "Adoption over time",
    solution: "Solution",
    legend_scenario: "Scenario",
    legend_baseline: "Baseline",
    legend_observed: "Known actual share",
    axis_share: "Share adopted (%)",
    observed_heading: "Known figures for this solution",
    no_observations: "The data holds no known figures for this solution.",
    col_actor: "Actor group",
    col_date: "Date",
    col_share: "Share",

    benefit_heading: "Benefit realisation",
    benefit_monthly: "Benefit per month (NOK million)",
    benefit_cumulative: "Cumulative benefit (NOK million)",
    pv_gap: "Present value difference",
    col_benefit: "Benefit",
    col_annual: "Per year at full effect",
    col_pv_baseline: "Present value, baseline",
    col_pv_scenario: "Present value, scenario",
    col_change: "Change",
    total: "Total",

    timeline_heading: "Milestones",
    timeline_hint: "Choose a milestone to see why it falls when it does.",
    legend_plan: "Plan 2021",
    legend_forecast: "Forecast",
    legend_actual: "Actual",
    legend_slip: "Late against plan (orange: up to 12 months, red: more)",
    col_milestone: "Milestone",
    col_plan: "Plan",
    col_forecast: "Forecast",
    col_vs_baseline: "Against the baseline",
    not_reached: "not by {end}",
    same_as_baseline: "as in the baseline",
    later_by: "{months} later",
    earlier_by: "{months} earlier",

    chain_heading: "Why?",
    chain_hint: "No milestone chosen.",
    because: "because",
    chain_later: "{m} moves {months} later, to {date}",
    chain_earlier: "{m} comes {months} earlier, at {date}",
    chain_same: "{m} comes at {date}, as in the baseline",
    chain_lost: "{m} is not reached by {end}",
    chain_at: "{m} comes at {date}",
    cause_own: "{m} has its own date {date}",
    cause_own_extra: "{m} has been given {months} of extra delay, to {date}",
    cause_milestone: "{this} waits for {other}",
    cause_milestone_lag: "{this} can happen {months} after {other} at the earliest",
    cause_track: "{this} waits until {share} of {actor} have adopted {solution}",
    cause_start: "{this} was under way from the start",
    cause_earliest: "{this} can start {date} at the earliest",
    cause_actor_delay: "{actor} start {months} later",
    track_subject: "the adoption of {solution} by {actor}",

    graph_heading: "Dependencies",
    graph_note: "Milestones (white, edged in their status colour) and adoption tracks (grey), ordered from the left by how many links they depend on. The chosen chain is highlighted.",

    source: "Source",
    assumption: "Assumption",
    forecast_note: "Computed: the latest of the milestone's own date and all its conditions. Choose the milestone to see the chain.",
    month_one: "{n} month",
    months_many: "{n} months",
    mnok: "NOK {n} million",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &NN,
        Lang::En => &EN,
    }
}

/// A language's name in itself, for the language switcher.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "Bokmål",
        Lang::Nn => "Nynorsk",
        Lang::En => "English",
    }
}

/// Fills a template's `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |out, (name, value)| {
            out.replace(&format!("{{{name}}}"), value)
        })
}

/// A number with the language's digit grouping and decimal mark: `1 234,5` in Norwegian (with
/// no-break spaces), `1,234.5` in English. Negative numbers get a true minus sign.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let (group, point) = match lang {
        Lang::Nb | Lang::Nn => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    // A value that rounds to zero shows no sign.
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// An amount in million kroner, whole millions.
pub fn mnok(lang: Lang, value: f64) -> String {
    fill(strings(lang).mnok, &[("n", &number(lang, value, 0))])
}

/// A share as a percentage: `50 %` in Norwegian, `50%` in English.
pub fn percent(lang: Lang, share: f64) -> String {
    let n = number(lang, share * 100.0, 0);
    match lang {
        Lang::Nb | Lang::Nn => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A count of months with the right plural: `1 måned`, `14 måneder`.
pub fn months(lang: Lang, n: i32) -> String {
    let s = strings(lang);
    let template = if n.abs() == 1 {
        s.month_one
    } else {
        s.months_many
    };
    fill(template, &[("n", &n.to_string())])
}

/// A month as people write it: `jan. 2026`, `Jan 2026`.
pub fn month(lang: Lang, m: Month) -> String {
    format!(
        "{}\u{a0}{}",
        strings(lang).months[m.month() as usize - 1],
        m.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(template: &str) -> BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn no_string_is_empty() {
        for lang in Lang::ALL {
            let s = strings(lang);
            for (key, text) in s.entries() {
                assert!(!text.trim().is_empty(), "{key} is empty in {lang:?}");
            }
            for name in s.months {
                assert!(!name.is_empty(), "a month name is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn every_language_uses_the_same_placeholders() {
        let nb = NB.entries();
        for lang in [Lang::Nn, Lang::En] {
            for ((key, nb_text), (_, text)) in nb.iter().zip(strings(lang).entries()) {
                assert_eq!(
                    placeholders(nb_text),
                    placeholders(text),
                    "{key} in {lang:?} has other placeholders than in bokmål"
                );
            }
        }
    }

    #[test]
    fn nynorsk_is_not_a_copy_of_bokmaal() {
        let differ = NB
            .entries()
            .iter()
            .zip(NN.entries())
            .filter(|((_, nb), (_, nn))| nb != nn)
            .count();
        assert!(
            differ > NB.entries().len() / 2,
            "only {differ} strings differ"
        );
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::Nb, 1234567.891, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(number(Lang::En, 1234567.891, 1), "1,234,567.9");
        assert_eq!(number(Lang::Nb, -1234.4, 0), "−1\u{a0}234");
        assert_eq!(number(Lang::Nb, -0.2, 0), "0");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
        assert_eq!(mnok(Lang::Nb, -12.0), "−12 mill. kr");
        assert_eq!(mnok(Lang::En, 1500.0), "NOK 1,500 million");
        assert_eq!(percent(Lang::Nn, 0.5), "50\u{a0}%");
    }

    #[test]
    fn months_and_dates_read_naturally() {
        assert_eq!(months(Lang::Nb, 1), "1 måned");
        assert_eq!(months(Lang::Nb, 14), "14 måneder");
        assert_eq!(months(Lang::Nn, 2), "2 månader");
        assert_eq!(months(Lang::En, 1), "1 month");
        assert_eq!(month(Lang::Nb, Month::new(2026, 1)), "jan.\u{a0}2026");
        assert_eq!(month(Lang::En, Month::new(2024, 12)), "Dec\u{a0}2024");
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill(
                "{m} flyttes {months}",
                &[("m", "PLL"), ("months", "2 måneder")]
            ),
            "PLL flyttes 2 måneder"
        );
    }
}
