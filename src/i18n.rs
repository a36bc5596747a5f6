//! Every string the browser app shows, in bokmål, nynorsk and English, and the number and date
//! formats that go with them.
//!
//! Each language is one [`Strings`] value, so a key missing in any language does not compile.
//! Templates hold named placeholders (`{n}`, `{m}`, …) filled with [`fill`]; a test checks that
//! every language uses the same placeholders. Names of actors, solutions, milestones, benefits and
//! presets are not here: they come from the roadmap data.
//!
//! In the browser only bokmål is compiled into the app: nynorsk and English are data files it
//! fetches when a page first needs them ([`catalogue`]).

pub mod catalogue;
pub mod data_errors;

use crate::model::{Lang, Month};
use crate::scenario::link::{one_of, Expected, Notice, Problem, MAX_QUERY_LEN};
use crate::scenario::NotOffered;

macro_rules! strings {
    ($($(#[$doc:meta])* $key:ident),* $(,)?) => {
        /// One language's UI strings. `repr(C)` and nothing but texts: laid out as an array of
        /// them, which [`Strings::from_texts`] relies on.
        #[derive(Debug)]
        #[repr(C)]
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

            /// Every text in key order, then the month names: what a catalogue file holds.
            pub fn texts(&self) -> Vec<&'static str> {
                let mut texts = vec![$(self.$key),*];
                texts.extend(self.months);
                texts
            }

            /// The words [`Strings::texts`] lists: `None` unless there is one text per key and
            /// twelve month names.
            pub fn from_texts(texts: &[&'static str]) -> Option<Strings> {
                const COUNT: usize = [$(stringify!($key)),*].len() + 12;
                let texts: [&'static str; COUNT] = texts.try_into().ok()?;
                // SAFETY: a `repr(C)` struct of `&'static str` fields and an array of them has
                // their layout in declaration order with no padding, which is the order of
                // `texts()`; `transmute` also refuses to compile if the sizes differ. Field by
                // field, the same costs 12 KB of wasm in the app.
                Some(unsafe { std::mem::transmute::<[&'static str; COUNT], Strings>(texts) })
            }
        }
    };
}

strings! {
    app_tagline,
    language,
    data_as_of,
    /// The question selector's legend.
    question,
    question_today,
    question_2021,
    /// `{date}`: the data date.
    question_today_statement,
    /// `{start}`: the roadmap's first month; `{date}`: the data date.
    question_2021_statement,
    /// `{months}`: how old the data is, e.g. "9 måneder".
    data_age,
    data_age_current,
    /// The label of the data date's line on a time chart: `{date}`.
    today_line,
    /// After a chart's summary: `{date}`, the data date.
    today_line_note,
    /// A milestone lever not offered: `{date}`, when it happened.
    not_offered_happened,
    /// A mandate lever not offered: `{date}`, since when the duty applies.
    not_offered_in_force,
    /// Above an actor group's mandate levers, one per solution.
    mandates_heading,
    against_baseline_to_come,
    /// `{realised}`, `{to_come}`: the scenario's present value split at the data date `{date}`.
    pv_split,
    /// The opening screen: where the roadmap stands before any comparison.
    standing_heading,
    /// `{date}`: the data date.
    standing_as_of,
    standing_baseline,
    standing_scenario,
    behind_label,
    /// `{late}` of `{counted}` milestones with a sourced plan date.
    behind_value,
    /// `{far}`: how many of them are more than 12 months later.
    behind_far,
    /// `{count}`: milestones whose plan date is an assumption.
    behind_assumed,
    /// `{reached}` of `{total}` by `{date}`.
    reached_by,
    dates_label,
    /// `{plan}`: the 2021 plan date.
    date_plan,
    date_plan_assumed,
    /// `{date}`: the baseline's date where the scenario moved it.
    date_baseline_was,
    /// `{end}`: the horizon's last month.
    date_not_within,
    value_label,
    /// `{amount}` realised by `{date}`.
    value_realised,
    /// `{amount}` still to come.
    value_to_come,
    changes_heading,
    changes_baseline_words,
    /// A milestone that can never happen: `{actor}`, `{solution}`, `{limit}`, `{share}`.
    never_ceiling,
    load_failed,

    levers_heading,
    group_providers,
    group_vendors,
    group_milestones,
    /// The lever panel's help, one line per kind of lever.
    help_heading,
    help_speed,
    help_delay,
    help_ceiling,
    help_mandate,
    help_milestone,
    filter_label,
    /// Next to a milestone lever: choose the milestone and show it in the table.
    show_milestone,
    lever_speed,
    lever_delay,
    /// An exact entry outside the lever's range: `{value}`, `{min}`, `{max}`, `{used}`.
    lever_corrected,
    /// An exact entry that is not a number.
    lever_not_a_number,
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
    legend_plan_target,
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
    col_starting_level,
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
    cause_data_date,
    notice_happened,
    notice_in_force,
    notice_no_duty,
    cause_ceiling,
    never_reached,
    /// `{this}` can start at `{date}` at the earliest.
    cause_earliest,
    /// `{actor}` starts `{months}` later (a lever).
    cause_actor_delay,
    /// The adoption of `{solution}` by `{actor}`: a track as the subject of a cause.
    track_subject,

    graph_heading,
    graph_note,
    graph_scroll,

    /// The share-and-compare toolbar's accessible name.
    share_toolbar,
    copy_link,
    link_copied,
    /// Shown with the text selected in a field when the browser does not let the page copy it.
    copy_manually,
    embed_open,
    embed_heading,
    embed_intro,
    embed_script_note,
    embed_allow,
    embed_preview,
    embed_view,
    embed_code,
    copy_code,
    code_copied,
    /// The link from an embedded chart to the whole app, in a new tab.
    open_full,
    pin,
    unpin,
    legend_pinned,
    /// The Monte Carlo runs' band on a chart.
    legend_band,
    legend_spread,
    /// `{amount}`: present value of the current scenario minus the pinned one.
    pinned_gap,
    /// On the dependency graph: what a dotted frame around a milestone means.
    graph_pinned,
    /// Heading of the notice about a link of which some parts could not be used.
    notice_ignored,
    /// Heading of the notice about a link that was used in full, with caveats.
    notice_caveat,
    notice_rest,
    dismiss_notice,
    notice_unknown,
    /// `{expected}`: the form the value should have had.
    notice_bad_value,
    /// `{min}`–`{max}`: the range the value should have been in.
    notice_out_of_range,
    notice_duplicate,
    /// `{length}` characters, of which `{max}` were read.
    notice_too_long,
    /// `{version}`: the link's format version.
    notice_newer_format,
    /// `{link}`: the roadmap file the link was made on; `{current}`: the one loaded.
    notice_other_roadmap,
    /// `{link}`: the data version the link was made on; `{current}`: this one.
    notice_other_data,
    /// The word joining the last two of a list of choices: "nb, nn eller en".
    or,
    expected_number,
    expected_whole_months,
    expected_format_version,
    expected_milestone_key,
    expected_solution_id,

    // Charts in words and as tables, and the status message after a change.
    show_table,
    hide_table,
    col_year,
    /// `{name}`: an actor group.
    col_scenario_of,
    /// `{name}`: an actor group.
    col_baseline_of,
    /// `{solution}`.
    adoption_table_caption,
    /// `{end}`; `{shares}`: each actor group with its share, e.g. "kommuner 80 %, fastleger 95 %".
    adoption_summary,
    /// `{actor}`; `{points}`: percentage points, signed; `{when}`: the month of the largest change.
    adoption_change,
    adoption_no_change,
    benefit_table_caption,
    col_in_year_scenario,
    col_in_year_baseline,
    col_cumulative_scenario,
    col_cumulative_baseline,
    /// `{end}`, `{scenario}`, `{baseline}` (amounts), `{pv}`: the present value difference.
    benefit_summary,
    /// `{later}`, `{earlier}`, `{unreached}`: counts of `{total}` milestones; `{end}`.
    timeline_summary,
    col_status,
    status_on_time,
    status_late,
    status_very_late,
    /// `{milestones}`, `{tracks}`, `{links}`: counts.
    graph_summary,
    graph_table_caption,
    col_node,
    col_depends_on,
    depends_on_nothing,
    /// `{pv_label}`, `{pv}`, `{slipped_label}`, `{slipped}`: the headline figures after a change.
    results_updated,
    skip_to_results,

    // Exports, imports, your own roadmap, the accessibility statement and the printed report.
    exports_heading,
    exports_download,
    export_milestones_csv,
    export_benefits_csv,
    export_series_csv,
    export_scenario,
    import_scenario,
    /// `{file}`.
    import_done,
    import_failed,
    /// `{chart}`: the chart's heading.
    download_svg,
    /// `{chart}`: the chart's heading.
    download_png,
    print_report,
    roadmap_heading,
    roadmap_intro,
    roadmap_template,
    roadmap_upload,
    /// `{title}`, `{version}`.
    roadmap_active_default,
    /// `{title}`, `{file}`, `{id}`, `{version}`.
    roadmap_active_custom,
    roadmap_back,
    /// `{file}`.
    roadmap_failed,
    statement_open,
    statement_intro,
    statement_met_heading,
    statement_met_keyboard,
    statement_met_charts,
    statement_met_colour,
    statement_met_status,
    statement_met_reflow,
    statement_met_language,
    statement_tested_heading,
    /// `{axe}`: the axe-core version the audit ran.
    statement_tested_axe,
    statement_tested_keyboard,
    statement_tested_manual,
    statement_limits_heading,
    statement_limits,
    /// The button that closes a dialog.
    close,
    /// `{title}`: the roadmap's title.
    print_heading,
    print_levers,
    print_no_levers,
    /// Under an exported chart: `{url}`, the address that shows it again.
    export_source,
    /// `{file}`: a chosen file that is not text.
    not_a_text_file,
    reader_unavailable,
    reader_failed,
    /// The tables for people (CSV for a spreadsheet).
    csv_baseline_forecast,
    csv_vs_baseline_months,
    csv_vs_plan_months,
    csv_never,
    csv_mnok,
    /// `{date}`: the data date.
    csv_realised,
    csv_to_come,
    export_people,
    export_milestones_people,
    export_benefits_people,
    /// The file name's last part: `veikart-milestones-grunnlag-{suffix}.csv`.
    csv_people_file,
    /// `{question}`, `{date}`, `{levers}`: a scenario in one sentence (embeds, exported files).
    scenario_words,
    scenario_from_today,
    scenario_since_2021,
    scenario_no_levers,
    print_sources,
    /// `{id}`, `{version}`, `{date}`.
    print_roadmap,

    source,
    assumption,
    forecast_note,
    /// `{n}`: a month count of one.
    month_one,
    /// `{n}`: a month count other than one.
    months_many,
    /// `{n}`: an amount in million kroner.
    mnok,
    /// The network effect chart's heading.
    network_heading,
    /// The label of the benefit chooser.
    network_choose,
    network_x_axis,
    network_y_axis,
    /// `{low}`, `{high}`: the band drawn around the critical mass.
    network_band,
    network_curve,
    /// `{date}`: the data date.
    network_today,
    /// `{end}`: the horizon's last month.
    network_at_end,
    /// `{sides}`: the other sides of the exchange; `{joint}`, `{mass}`: shares.
    network_summary,
    /// `{end}`; `{joint}`, `{realised}`, `{baseline_joint}`, `{baseline_realised}`: shares.
    network_end_summary,
    /// `{benefit}`.
    network_table_caption,
    col_point,
    col_month,
    col_joint,
    col_realised,
    network_tipping_point,
    /// Joins the last two items of a list.
    and,
    fit_heading,
    /// `{n}`: observed points; `{rms}`, `{largest}`: percentage points; `{track}`, `{date}`.
    fit_summary,
    fit_caveat,
    fit_none,
    fit_table_caption,
    col_track,
    col_observed,
    col_model,
    col_residual,
    fit_total,
    /// `{date}`: the data date, when the statuses were read.
    col_directorate_status,
    rag_green,
    rag_yellow,
    rag_red,
    /// Read out where a table shows "–".
    no_status,
    /// The uncertainty panel.
    risk_heading,
    risk_unavailable,
    risk_runs,
    risk_seed,
    risk_chance_legend,
    seek_legend,
    seek_lever,
    seek_each_lever,
    seek_chance,
    seek_chance_none,
    seek_hint,
    risk_by,
}

pub const NB: Strings = Strings {
    app_tagline: "Flytt spakene og se straks hva som skjer med milepælene og gevinstene som avhenger av dem.",
    language: "Språk",
    data_as_of: "Data per",
    question: "Spørsmål",
    question_today: "Fra i dag",
    question_2021: "Hva om siden 2021",
    question_today_statement: "Spørsmålet: hva skjer fra i dag (data per {date})? Det som har skjedd, står fast.",
    question_2021_statement: "Spørsmålet: hva om det hadde gått annerledes siden {start}? Spakene virker også før datadatoen ({date}).",
    data_age: "Dataene er {months} gamle.",
    data_age_current: "Dataene er fra denne måneden.",
    today_line: "data per {date}",
    today_line_note: "Den stiplede loddrette linjen er datadatoen, {date}.",
    not_offered_happened: "Skjedde i {date} – historien står fast",
    not_offered_in_force: "Plikt i kraft siden {date}",
    mandates_heading: "Plikt per løsning",
    against_baseline_to_come: "nåverdi av det som gjenstår, mot grunnlaget",
    pv_split: "Av hele nåverdien, {total}, fantes {start} alt da veikartet begynte (nivået i {first}, holdt); veikartet legger til {added}.",
    standing_heading: "Slik står veikartet",
    standing_as_of: "Data per {date}.",
    standing_baseline: "Grunnlaget: veikartet slik dataene viser det, ingen spaker endret.",
    standing_scenario: "Med spakene slik du har satt dem.",
    behind_label: "Senere enn planen fra 2021",
    behind_value: "{late} av {counted} milepæler",
    behind_far: "{far} av dem mer enn 12 måneder senere.",
    behind_assumed: "{count} milepæler har en antatt plandato og er ikke talt med.",
    reached_by: "{reached} av {total} milepæler nådd per {date}.",
    dates_label: "Datoene det spørres mest om",
    date_plan: "plan {plan}",
    date_plan_assumed: "antatt plan {plan}",
    date_baseline_was: "grunnlaget: {date}",
    date_not_within: "ikke innen {end}",
    value_label: "Gevinst (nåverdi)",
    value_realised: "{amount} realisert til og med {date}",
    value_to_come: "{amount} gjenstår",
    changes_heading: "Hva spakene endrer",
    changes_baseline_words: "Sammenlignet med grunnlaget: veikartet slik dataene viser det, uten endrede spaker.",
    never_ceiling: "aldri: {actor} når høyst {limit} for {solution}, under de {share} som trengs",
    load_failed: "Veikartet kunne ikke lastes",

    levers_heading: "Spaker",
    group_providers: "Helsetjenesten",
    group_vendors: "EPJ-leverandører",
    group_milestones: "Milepæler",
    help_heading: "Slik virker spakene",
    help_speed: "Ganger innføringstakten (Bass p og q) for det gruppen ennå ikke har tatt i bruk; 1,00 er som i dataene.",
    help_delay: "Måneder gruppen utsetter det den ennå ikke har gjort; det som har skjedd, står fast.",
    help_ceiling: "Hvor stor andel av dataenes tak gruppen når på det meste.",
    help_mandate: "En plikt i forskrift fra en valgt måned trekker gruppen mot taket; «som i data» beholder dagens plikt.",
    help_milestone: "Ekstra måneder for én milepæl; det som bygger på den, flyttes med.",
    filter_label: "Finn spak",
    show_milestone: "Vis milepælen",
    lever_speed: "Tempo",
    lever_delay: "Forsinkelse",
    lever_corrected: "{value} er utenfor {min}–{max}; brukt: {used}",
    lever_not_a_number: "Skriv et tall. Verdien er ikke endret.",
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
    slipped_label: "Milepæler senere enn i grunnlaget",
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
    legend_plan_target: "Mål i planen",
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
    col_starting_level: "Av dette fantes før veikartet",
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
    notice_happened: "milepælen skjedde i {month}; fra i dag står historien fast, så den er ikke brukt",
    notice_in_force: "plikten har gjeldt siden {month}, så den er ikke brukt",
    notice_no_duty: "denne gruppen kan ikke få en plikt, så den er ikke brukt",
    cause_data_date: "{this} hadde ikke skjedd per datadatoen {date}, så den kommer etter den",
    cause_ceiling: "{this} kan aldri skje: {actor} når høyst {limit} for {solution}, under de {share} den trenger",
    never_reached: "aldri (et vilkår kan ikke oppfylles)",
    cause_earliest: "{this} kan tidligst starte {date}",
    cause_actor_delay: "{actor} starter {months} senere",
    track_subject: "innføringen av {solution} hos {actor}",

    graph_heading: "Avhengigheter",
    graph_note: "Milepæler (hvite, kant i statusfarge) og innføringsløp (grå), ordnet fra venstre etter hvor mange ledd de avhenger av. Den valgte kjeden er uthevet.",
    graph_scroll: "Grafen er bredere enn feltet: rull sidelengs for å se resten. Sluttmålene står til høyre. Pek på en boks for hele navnet, klikk på en milepæl for å se hvorfor den kommer når den gjør.",

    share_toolbar: "Del og sammenlign",
    copy_link: "Kopier lenke",
    link_copied: "Lenken er kopiert.",
    copy_manually: "Nettleseren lot ikke siden kopiere. Teksten er merket: kopier den selv (Ctrl+C eller ⌘C).",
    embed_open: "Bygg inn",
    embed_heading: "Bygg inn på en nettside",
    embed_intro: "Lim koden inn der figuren skal vises. Den viser scenarioet slik det er nå, uten spakene, og lenker til fullversjonen.",
    embed_script_note: "Skriptet etter iframen gjør at siden din får figurens høyde. Fjerner publiseringsverktøyet skript, vises figuren i en fast høyde.",
    embed_allow: "Før figuren vises på nettstedet ditt, må den som drifter Veikart tillate nettstedet ditt i sikkerhetsregelen frame-ancestors (for eksempel frame-ancestors 'self' https://www.example.no). Det er en innstilling på serveren som leverer Veikart, ikke på siden din; som levert tillater Veikart bare sitt eget nettsted.",
    embed_preview: "Slik blir figuren",
    embed_view: "Figur",
    embed_code: "HTML-kode",
    copy_code: "Kopier koden",
    code_copied: "Koden er kopiert.",
    open_full: "Åpne i fullversjon",
    pin: "Fest dette scenarioet",
    unpin: "Løsne festet scenario",
    legend_pinned: "Festet scenario",
    legend_band: "Usikkerhet: P10–P90 over kjøringene (skravert), P50 (tynn linje)",
    legend_spread: "Usikkerhet: P10–P90 over kjøringene, med P50",
    pinned_gap: "Nåverdi mot festet scenario: {amount}",
    graph_pinned: "Prikket ramme: milepælen kommer på en annen dato enn i det festede scenarioet.",
    notice_ignored: "Deler av lenken kunne ikke brukes",
    notice_caveat: "Om lenken",
    notice_rest: "Resten av lenken er brukt. Det som ble ignorert, står på standardverdien.",
    dismiss_notice: "Lukk meldingen",
    notice_unknown: "ukjent parameter, ignorert",
    notice_bad_value: "ventet {expected}, ignorert",
    notice_out_of_range: "utenfor {min}–{max}, ignorert",
    notice_duplicate: "gitt på nytt, den første verdien er brukt",
    notice_too_long: "Lenken er {length} tegn lang; bare de første {max} er lest.",
    notice_newer_format: "laget med en nyere versjon av appen (lenkeformat {version}); lest så langt det går",
    notice_other_roadmap: "laget på veikartfilen «{link}», ikke «{current}»: last inn den filen for å se scenarioet slik det ble laget",
    notice_other_data: "laget på versjon {link} av veikartdataene; dette er versjon {current}, så resultatene kan avvike",
    or: "eller",
    expected_number: "et tall",
    expected_whole_months: "et helt antall måneder",
    expected_format_version: "et versjonsnummer for lenkeformatet, for eksempel 1",
    expected_milestone_key: "en milepælnøkkel, for eksempel m1",
    expected_solution_id: "en løsnings-ID",

    show_table: "Vis som tabell",
    hide_table: "Skjul tabellen",
    col_year: "År",
    col_scenario_of: "{name}, scenario",
    col_baseline_of: "{name}, grunnlag",
    adoption_table_caption: "Andel som har tatt i bruk {solution}, i januar hvert år",
    adoption_summary: "Andel ved {end}: {shares}.",
    adoption_change: "Størst endring mot grunnlaget: {actor}, {points} prosentpoeng i {when}.",
    adoption_no_change: "Alle aktørgruppene følger grunnlaget.",
    benefit_table_caption: "Gevinst i hvert år og akkumulert ved årets slutt (mill. kr)",
    col_in_year_scenario: "I året, scenario",
    col_in_year_baseline: "I året, grunnlag",
    col_cumulative_scenario: "Akkumulert, scenario",
    col_cumulative_baseline: "Akkumulert, grunnlag",
    benefit_summary: "Akkumulert gevinst ved {end}: {scenario} i scenariet mot {baseline} i grunnlaget. Forskjell i nåverdi: {pv}.",
    timeline_summary: "{later} av {total} milepæler kommer senere enn i grunnlaget og {earlier} tidligere; {unreached} nås ikke innen {end}. Tabellen under har datoene.",
    col_status: "Status",
    status_on_time: "i rute",
    status_late: "inntil 12 mnd. forsinket",
    status_very_late: "mer enn 12 mnd. forsinket",
    graph_summary: "{milestones} milepæler og {tracks} innføringsløp med {links} avhengigheter.",
    graph_table_caption: "Hva hver milepæl og hvert innføringsløp avhenger av",
    col_node: "Milepæl eller innføringsløp",
    col_depends_on: "Avhenger av",
    depends_on_nothing: "ingenting",
    results_updated: "Resultatene er oppdatert. {pv_label}: {pv}. {slipped_label}: {slipped}.",
    skip_to_results: "Hopp til resultatene",

    exports_heading: "Eksport og import",
    exports_download: "Last ned",
    export_milestones_csv: "Milepæltabellen (CSV)",
    export_benefits_csv: "Gevinsttabellen (CSV)",
    export_series_csv: "Alle tidsserier (CSV)",
    export_scenario: "Scenariet (TOML)",
    import_scenario: "Importer et scenario (TOML)",
    import_done: "Scenariet fra {file} er lastet inn.",
    import_failed: "Fila kunne ikke brukes, og scenariet er ikke endret:",
    download_svg: "Last ned {chart} som SVG",
    download_png: "Last ned {chart} som PNG",
    print_report: "Skriv ut rapport",
    roadmap_heading: "Eget veikart",
    roadmap_intro: "Last inn et veikart i samme TOML-format som standardveikartet. Det sjekkes på samme måte som på kommandolinjen, og feil vises med fil, element og felt.",
    roadmap_template: "Last ned standardveikartet som mal",
    roadmap_upload: "Last inn veikartfil (TOML)",
    roadmap_active_default: "Aktivt veikart: {title}, standardveikartet, versjon {version}.",
    roadmap_active_custom: "Aktivt veikart: {title} fra fila {file} ({id}, versjon {version}). Spakene står på dette veikartets standardverdier, og lenker som lages nå, krever denne fila.",
    roadmap_back: "Tilbake til standardveikartet",
    roadmap_failed: "{file} kunne ikke brukes. Veikartet og scenariet er ikke endret. Rett dette og prøv igjen:",
    statement_open: "Tilgjengelighetserklæring",
    statement_intro: "Veikart skal oppfylle WCAG 2.1 nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever.",
    statement_met_heading: "Dette er oppfylt",
    statement_met_keyboard: "Alle spaker, knapper og valg kan brukes med tastatur alene, med synlig fokusmarkering.",
    statement_met_charts: "Hvert diagram har en tekstlig oppsummering og kan vises som tabell med de samme tallene. Tallene kan også lastes ned som CSV.",
    statement_met_colour: "Linjer og punkter i diagrammene skilles med form og strekmønster, ikke bare farge, og har minst 3:1 kontrast mot bakgrunnen.",
    statement_met_status: "Når resultatene endres, sier en statusmelding fra én gang etter at du har sluppet spaken.",
    statement_met_reflow: "Siden fungerer uten sideveis rulling ned til 320 piksler bredde.",
    statement_met_language: "Alt innhold finnes på bokmål, nynorsk og engelsk, og språket er merket i koden.",
    statement_tested_heading: "Slik er det testet",
    statement_tested_axe: "Automatisk med axe-core {axe} i Chromium (reglene for WCAG 2.0 og 2.1, nivå A og AA) på hovedvisningen, innbyggingsvisningen, hver dialog og hvert språk, uten brudd.",
    statement_tested_keyboard: "En automatisk test bruker bare tastaturet: den flytter en spak med piltastene og sjekker at milepælens dato og statusmeldingen endres.",
    statement_tested_manual: "Manuelt: fokusrekkefølge og fokusmarkering, visning ved 320 piksler bredde, utskrift, og kontrast for hver farge i diagrammene.",
    statement_limits_heading: "Kjente begrensninger",
    statement_limits: "Diagrammene er tegninger; bruk tabellene for å lese tallene med skjermleser. Avhengighetsgrafen må rulles sideveis på smale skjermer. Løsningen er ikke testet av skjermleserbrukere.",
    close: "Lukk",
    print_heading: "Rapport: {title}",
    print_levers: "Spaker som avviker fra grunnlaget",
    print_no_levers: "Alle spaker står som i grunnlaget.",
    export_source: "Kilde: Veikart, {url}",
    not_a_text_file: "{file}: ikke en tekstfil",
    reader_unavailable: "Filer kan ikke leses her: siden får ikke starte en Web Worker (for eksempel i en innebygd ramme). Åpne fullversjonen.",
    reader_failed: "Filen kunne ikke leses. Prøv igjen, eller last siden på nytt.",
    csv_baseline_forecast: "Prognose i grunnlaget",
    csv_vs_baseline_months: "Mot grunnlaget (mnd.)",
    csv_vs_plan_months: "Mot planen fra 2021 (mnd.)",
    csv_never: "aldri",
    csv_mnok: "mill. kr",
    csv_realised: "Realisert til og med {date}",
    csv_to_come: "Gjenstår",
    export_people: "For regneark (semikolon og desimalkomma, overskrifter på bokmål):",
    export_milestones_people: "Milepæltabellen for regneark",
    export_benefits_people: "Gevinsttabellen for regneark",
    csv_people_file: "regneark",
    scenario_words: "Scenario {question} (data per {date}): {levers}.",
    scenario_from_today: "fra i dag",
    scenario_since_2021: "siden 2021",
    scenario_no_levers: "grunnlaget, ingen spaker endret",
    print_sources: "Kilder",
    print_roadmap: "Veikart {id}, versjon {version}, data per {date}.",

    source: "Kilde",
    assumption: "Antagelse",
    forecast_note: "Beregnet: seneste av egen dato og alle forutsetninger. Velg milepælen for å se kjeden.",
    month_one: "{n} måned",
    months_many: "{n} måneder",
    mnok: "{n} mill. kr",
    network_heading: "Nettverkseffekten",
    network_choose: "Vis gevinsten",
    network_x_axis: "Andel av utvekslingene som kan skje",
    network_y_axis: "Realisert andel av gevinsten",
    network_band: "Kritisk masse (antagelse): {low}–{high}",
    network_curve: "Kurven for kritisk masse",
    network_today: "I dag ({date})",
    network_at_end: "Ved {end}",
    network_summary: "{sides}: {joint} av utvekslingene kan skje i dag; vendepunktet er rundt {mass}.",
    network_end_summary: "Ved {end}: {joint} i scenariet ({realised} av gevinsten realisert) mot {baseline_joint} i grunnlaget ({baseline_realised}).",
    network_table_caption: "{benefit}: utvekslinger som kan skje og realisert andel",
    col_point: "Punkt",
    col_month: "Måned",
    col_joint: "Utvekslinger som kan skje",
    col_realised: "Realisert andel",
    network_tipping_point: "Vendepunkt (antagelse)",
    and: "og",
    fit_heading: "Hvor godt stemmer modellen med det som skjedde?",
    fit_summary: "{n} observerte punkter mot grunnlaget samme måned: avviket er {rms} prosentpoeng (kvadratisk middel), størst for {track} i {date} ({largest} prosentpoeng).",
    fit_caveat: "Punktene er brukt til å kalibrere modellen, så tabellen viser hvor godt kalibreringen treffer dem, ikke en uavhengig test.",
    fit_none: "Dataene har ingen observerte punkter innenfor perioden.",
    fit_table_caption: "Observert andel mot grunnlagets andel samme måned; avvik = modell − observert",
    col_track: "Innføringsløp",
    col_observed: "Observert",
    col_model: "Modellen (grunnlag)",
    col_residual: "Avvik (prosentpoeng)",
    fit_total: "Samlet avvik (kvadratisk middel, prosentpoeng)",
    col_directorate_status: "Direktoratets status ({date})",
    rag_green: "grønn",
    rag_yellow: "gul",
    rag_red: "rød",
    no_status: "ikke oppgitt",
    risk_heading: "Hvor sikre er vi?",
    risk_unavailable: "Usikkerheten kan ikke beregnes her: nettleseren lot ikke siden starte en bakgrunnsberegning (for eksempel i en innebygd ramme med sandkasse). Alle andre tall gjelder som vanlig.",
    risk_runs: "Antall kjøringer",
    risk_seed: "Frø (samme frø gir samme kjøringer)",
    risk_chance_legend: "Sjansen for å nå en milepæl innen en måned",
    seek_legend: "Hva skal til for å nå milepælen innen måneden?",
    seek_lever: "Spak",
    seek_each_lever: "Prøv hver spak",
    seek_chance: "Med en sjanse på minst",
    seek_chance_none: "Scenariets egen dato",
    seek_hint: "Med én spak kan du også kreve en sjanse: hvert steg i søket er da en egen Monte Carlo-beregning (inntil 500 kjøringer), og svaret tar noen sekunder.",
    risk_by: "Innen",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

// Natively only: the browser fetches these (data/strings-nn.postcard, data/strings-en.postcard).
#[cfg(not(target_arch = "wasm32"))]
pub const NN: Strings = Strings {
    app_tagline: "Flytt spakane og sjå med ein gong kva som skjer med milepælane og gevinstane som er avhengige av dei.",
    language: "Språk",
    data_as_of: "Data per",
    question: "Spørsmål",
    question_today: "Frå i dag",
    question_2021: "Kva om sidan 2021",
    question_today_statement: "Spørsmålet: kva skjer frå i dag (data per {date})? Det som har skjedd, står fast.",
    question_2021_statement: "Spørsmålet: kva om det hadde gått annleis sidan {start}? Spakane verkar også før datadatoen ({date}).",
    data_age: "Dataa er {months} gamle.",
    data_age_current: "Dataa er frå denne månaden.",
    today_line: "data per {date}",
    today_line_note: "Den stipla loddrette linja er datadatoen, {date}.",
    not_offered_happened: "Skjedde i {date} – historia står fast",
    not_offered_in_force: "Plikt i kraft sidan {date}",
    mandates_heading: "Plikt per løysing",
    against_baseline_to_come: "noverdi av det som står att, mot grunnlaget",
    pv_split: "Av heile noverdien, {total}, fanst {start} alt då vegkartet byrja (nivået i {first}, halde); vegkartet legg til {added}.",
    standing_heading: "Slik står vegkartet",
    standing_as_of: "Data per {date}.",
    standing_baseline: "Grunnlaget: vegkartet slik dataa viser det, ingen spakar endra.",
    standing_scenario: "Med spakane slik du har sett dei.",
    behind_label: "Seinare enn planen frå 2021",
    behind_value: "{late} av {counted} milepælar",
    behind_far: "{far} av dei meir enn 12 månader seinare.",
    behind_assumed: "{count} milepælar har ein anteken plandato og er ikkje talde med.",
    reached_by: "{reached} av {total} milepælar nådde per {date}.",
    dates_label: "Datoane det blir spurt mest om",
    date_plan: "plan {plan}",
    date_plan_assumed: "anteken plan {plan}",
    date_baseline_was: "grunnlaget: {date}",
    date_not_within: "ikkje innan {end}",
    value_label: "Gevinst (noverdi)",
    value_realised: "{amount} realisert til og med {date}",
    value_to_come: "{amount} står att",
    changes_heading: "Kva spakane endrar",
    changes_baseline_words: "Samanlikna med grunnlaget: vegkartet slik dataa viser det, utan endra spakar.",
    never_ceiling: "aldri: {actor} når høgst {limit} for {solution}, under dei {share} som trengst",
    load_failed: "Vegkartet kunne ikkje lastast",

    levers_heading: "Spakar",
    group_providers: "Helsetenesta",
    group_vendors: "EPJ-leverandørar",
    group_milestones: "Milepælar",
    help_heading: "Slik verkar spakane",
    help_speed: "Gongar innføringstakta (Bass p og q) for det gruppa enno ikkje har teke i bruk; 1,00 er som i dataa.",
    help_delay: "Månader gruppa utset det ho enno ikkje har gjort; det som har skjedd, står fast.",
    help_ceiling: "Kor stor del av taket i dataa gruppa når på det meste.",
    help_mandate: "Ei plikt i forskrift frå ein vald månad dreg gruppa mot taket; «som i data» held på dagens plikt.",
    help_milestone: "Ekstra månader for éin milepæl; det som byggjer på han, blir flytt med.",
    filter_label: "Finn spak",
    show_milestone: "Vis milepælen",
    lever_speed: "Tempo",
    lever_delay: "Forseinking",
    lever_corrected: "{value} er utanfor {min}–{max}; brukt: {used}",
    lever_not_a_number: "Skriv eit tal. Verdien er ikkje endra.",
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
    slipped_label: "Milepælar seinare enn i grunnlaget",
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
    legend_plan_target: "Mål i planen",
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
    col_starting_level: "Av dette fanst før vegkartet",
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
    notice_happened: "milepælen skjedde i {month}; frå i dag står historia fast, så han er ikkje brukt",
    notice_in_force: "plikta har gjeldt sidan {month}, så ho er ikkje brukt",
    notice_no_duty: "denne gruppa kan ikkje få ei plikt, så ho er ikkje brukt",
    cause_data_date: "{this} hadde ikkje skjedd per datadatoen {date}, så han kjem etter den",
    cause_ceiling: "{this} kan aldri skje: {actor} når høgst {limit} for {solution}, under dei {share} han treng",
    never_reached: "aldri (eit vilkår kan ikkje oppfyllast)",
    cause_earliest: "{this} kan tidlegast starte {date}",
    cause_actor_delay: "{actor} startar {months} seinare",
    track_subject: "innføringa av {solution} hos {actor}",

    graph_heading: "Avhengnader",
    graph_note: "Milepælar (kvite, kant i statusfarge) og innføringsløp (grå), ordna frå venstre etter kor mange ledd dei er avhengige av. Den valde kjeda er utheva.",
    graph_scroll: "Grafen er breiare enn feltet: rull sidelengs for å sjå resten. Sluttmåla står til høgre. Peik på ein boks for heile namnet, klikk på ein milepæl for å sjå kvifor han kjem når han gjer.",

    share_toolbar: "Del og samanlikn",
    copy_link: "Kopier lenkje",
    link_copied: "Lenkja er kopiert.",
    copy_manually: "Nettlesaren lét ikkje sida kopiere. Teksten er merkt: kopier han sjølv (Ctrl+C eller ⌘C).",
    embed_open: "Bygg inn",
    embed_heading: "Bygg inn på ei nettside",
    embed_intro: "Lim koden inn der figuren skal visast. Han viser scenarioet slik det er no, utan spakane, og lenkjer til fullversjonen.",
    embed_script_note: "Skriptet etter iframen gjer at sida di får høgda til figuren. Fjernar publiseringsverktøyet skript, blir figuren vist i fast høgd.",
    embed_allow: "Før figuren blir vist på nettstaden din, må den som driftar Veikart tillate nettstaden din i tryggleiksregelen frame-ancestors (til dømes frame-ancestors 'self' https://www.example.no). Det er ei innstilling på tenaren som leverer Veikart, ikkje på sida di; som levert tillèt Veikart berre sin eigen nettstad.",
    embed_preview: "Slik blir figuren",
    embed_view: "Figur",
    embed_code: "HTML-kode",
    copy_code: "Kopier koden",
    code_copied: "Koden er kopiert.",
    open_full: "Opne i fullversjon",
    pin: "Fest dette scenarioet",
    unpin: "Løys det festa scenarioet",
    legend_pinned: "Festa scenario",
    legend_band: "Uvisse: P10–P90 over køyringane (skravert), P50 (tynn linje)",
    legend_spread: "Uvisse: P10–P90 over køyringane, med P50",
    pinned_gap: "Noverdi mot festa scenario: {amount}",
    graph_pinned: "Prikka ramme: milepælen kjem på ein annan dato enn i det festa scenarioet.",
    notice_ignored: "Delar av lenkja kunne ikkje brukast",
    notice_caveat: "Om lenkja",
    notice_rest: "Resten av lenkja er brukt. Det som vart ignorert, står på standardverdien.",
    dismiss_notice: "Lukk meldinga",
    notice_unknown: "ukjend parameter, ignorert",
    notice_bad_value: "venta {expected}, ignorert",
    notice_out_of_range: "utanfor {min}–{max}, ignorert",
    notice_duplicate: "gitt på nytt, den første verdien er brukt",
    notice_too_long: "Lenkja er {length} teikn lang; berre dei første {max} er lesne.",
    notice_newer_format: "laga med ein nyare versjon av appen (lenkjeformat {version}); lese så langt det går",
    notice_other_roadmap: "laga på vegkartfila «{link}», ikkje «{current}»: last inn den fila for å sjå scenarioet slik det vart laga",
    notice_other_data: "laga på versjon {link} av vegkartdataa; dette er versjon {current}, så resultata kan avvike",
    or: "eller",
    expected_number: "eit tal",
    expected_whole_months: "eit heilt tal månader",
    expected_format_version: "eit versjonsnummer for lenkjeformatet, til dømes 1",
    expected_milestone_key: "ein milepælnøkkel, til dømes m1",
    expected_solution_id: "ein løysings-ID",

    show_table: "Vis som tabell",
    hide_table: "Skjul tabellen",
    col_year: "År",
    col_scenario_of: "{name}, scenario",
    col_baseline_of: "{name}, grunnlag",
    adoption_table_caption: "Del som har teke i bruk {solution}, i januar kvart år",
    adoption_summary: "Del ved {end}: {shares}.",
    adoption_change: "Største endring mot grunnlaget: {actor}, {points} prosentpoeng i {when}.",
    adoption_no_change: "Alle aktørgruppene følgjer grunnlaget.",
    benefit_table_caption: "Gevinst i kvart år og akkumulert ved slutten av året (mill. kr)",
    col_in_year_scenario: "I året, scenario",
    col_in_year_baseline: "I året, grunnlag",
    col_cumulative_scenario: "Akkumulert, scenario",
    col_cumulative_baseline: "Akkumulert, grunnlag",
    benefit_summary: "Akkumulert gevinst ved {end}: {scenario} i scenariet mot {baseline} i grunnlaget. Skilnad i noverdi: {pv}.",
    timeline_summary: "{later} av {total} milepælar kjem seinare enn i grunnlaget og {earlier} tidlegare; {unreached} blir ikkje nådde innan {end}. Tabellen under har datoane.",
    col_status: "Status",
    status_on_time: "i rute",
    status_late: "inntil 12 mnd. forseinka",
    status_very_late: "meir enn 12 mnd. forseinka",
    graph_summary: "{milestones} milepælar og {tracks} innføringsløp med {links} avhengnader.",
    graph_table_caption: "Kva kvar milepæl og kvart innføringsløp er avhengig av",
    col_node: "Milepæl eller innføringsløp",
    col_depends_on: "Avhengig av",
    depends_on_nothing: "ingenting",
    results_updated: "Resultata er oppdaterte. {pv_label}: {pv}. {slipped_label}: {slipped}.",
    skip_to_results: "Hopp til resultata",

    exports_heading: "Eksport og import",
    exports_download: "Last ned",
    export_milestones_csv: "Milepæltabellen (CSV)",
    export_benefits_csv: "Gevinsttabellen (CSV)",
    export_series_csv: "Alle tidsseriar (CSV)",
    export_scenario: "Scenariet (TOML)",
    import_scenario: "Importer eit scenario (TOML)",
    import_done: "Scenariet frå {file} er lasta inn.",
    import_failed: "Fila kunne ikkje brukast, og scenariet er ikkje endra:",
    download_svg: "Last ned {chart} som SVG",
    download_png: "Last ned {chart} som PNG",
    print_report: "Skriv ut rapport",
    roadmap_heading: "Eige vegkart",
    roadmap_intro: "Last inn eit vegkart i same TOML-format som standardvegkartet. Det blir sjekka på same måte som på kommandolinja, og feil blir viste med fil, element og felt.",
    roadmap_template: "Last ned standardvegkartet som mal",
    roadmap_upload: "Last inn vegkartfil (TOML)",
    roadmap_active_default: "Aktivt vegkart: {title}, standardvegkartet, versjon {version}.",
    roadmap_active_custom: "Aktivt vegkart: {title} frå fila {file} ({id}, versjon {version}). Spakane står på standardverdiane til dette vegkartet, og lenkjer som blir laga no, krev denne fila.",
    roadmap_back: "Tilbake til standardvegkartet",
    roadmap_failed: "{file} kunne ikkje brukast. Vegkartet og scenariet er ikkje endra. Rett dette og prøv igjen:",
    statement_open: "Tilgjengelegheitserklæring",
    statement_intro: "Veikart skal oppfylle WCAG 2.1 nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev.",
    statement_met_heading: "Dette er oppfylt",
    statement_met_keyboard: "Alle spakar, knappar og val kan brukast med tastatur åleine, med synleg fokusmarkering.",
    statement_met_charts: "Kvart diagram har ei tekstleg oppsummering og kan visast som tabell med dei same tala. Tala kan òg lastast ned som CSV.",
    statement_met_colour: "Linjer og punkt i diagramma blir skilde med form og strekmønster, ikkje berre farge, og har minst 3:1 kontrast mot bakgrunnen.",
    statement_met_status: "Når resultata endrar seg, seier ei statusmelding frå éin gong etter at du har sleppt spaken.",
    statement_met_reflow: "Sida fungerer utan sidevegs rulling ned til 320 pikslar breidd.",
    statement_met_language: "Alt innhald finst på bokmål, nynorsk og engelsk, og språket er merkt i koden.",
    statement_tested_heading: "Slik er det testa",
    statement_tested_axe: "Automatisk med axe-core {axe} i Chromium (reglane for WCAG 2.0 og 2.1, nivå A og AA) på hovudvisinga, innbyggingsvisinga, kvar dialog og kvart språk, utan brot.",
    statement_tested_keyboard: "Ein automatisk test brukar berre tastaturet: han flyttar ein spak med piltastane og sjekkar at datoen til milepælen og statusmeldinga endrar seg.",
    statement_tested_manual: "Manuelt: fokusrekkjefølgje og fokusmarkering, vising ved 320 pikslar breidd, utskrift, og kontrast for kvar farge i diagramma.",
    statement_limits_heading: "Kjende avgrensingar",
    statement_limits: "Diagramma er teikningar; bruk tabellane for å lese tala med skjermlesar. Avhengnadsgrafen må rullast sidevegs på smale skjermar. Løysinga er ikkje testa av skjermlesarbrukarar.",
    close: "Lukk",
    print_heading: "Rapport: {title}",
    print_levers: "Spakar som avvik frå grunnlaget",
    print_no_levers: "Alle spakane står som i grunnlaget.",
    export_source: "Kjelde: Veikart, {url}",
    not_a_text_file: "{file}: ikkje ei tekstfil",
    reader_unavailable: "Filer kan ikkje lesast her: sida får ikkje starte ein Web Worker (til dømes i ei innebygd ramme). Opne fullversjonen.",
    reader_failed: "Fila kunne ikkje lesast. Prøv igjen, eller last sida på nytt.",
    csv_baseline_forecast: "Prognose i grunnlaget",
    csv_vs_baseline_months: "Mot grunnlaget (mnd.)",
    csv_vs_plan_months: "Mot planen frå 2021 (mnd.)",
    csv_never: "aldri",
    csv_mnok: "mill. kr",
    csv_realised: "Realisert til og med {date}",
    csv_to_come: "Står att",
    export_people: "For rekneark (semikolon og desimalkomma, overskrifter på nynorsk):",
    export_milestones_people: "Milepæltabellen for rekneark",
    export_benefits_people: "Gevinsttabellen for rekneark",
    csv_people_file: "rekneark",
    scenario_words: "Scenario {question} (data per {date}): {levers}.",
    scenario_from_today: "frå i dag",
    scenario_since_2021: "sidan 2021",
    scenario_no_levers: "grunnlaget, ingen spakar endra",
    print_sources: "Kjelder",
    print_roadmap: "Vegkart {id}, versjon {version}, data per {date}.",

    source: "Kjelde",
    assumption: "Antaking",
    forecast_note: "Rekna ut: seinaste av eigen dato og alle føresetnader. Vel milepælen for å sjå kjeda.",
    month_one: "{n} månad",
    months_many: "{n} månader",
    mnok: "{n} mill. kr",
    network_heading: "Nettverkseffekten",
    network_choose: "Vis gevinsten",
    network_x_axis: "Del av utvekslingane som kan skje",
    network_y_axis: "Realisert del av gevinsten",
    network_band: "Kritisk masse (antaking): {low}–{high}",
    network_curve: "Kurva for kritisk masse",
    network_today: "I dag ({date})",
    network_at_end: "Ved {end}",
    network_summary: "{sides}: {joint} av utvekslingane kan skje i dag; vendepunktet er rundt {mass}.",
    network_end_summary: "Ved {end}: {joint} i scenariet ({realised} av gevinsten realisert) mot {baseline_joint} i grunnlaget ({baseline_realised}).",
    network_table_caption: "{benefit}: utvekslingar som kan skje og realisert del",
    col_point: "Punkt",
    col_month: "Månad",
    col_joint: "Utvekslingar som kan skje",
    col_realised: "Realisert del",
    network_tipping_point: "Vendepunkt (antaking)",
    and: "og",
    fit_heading: "Kor godt stemmer modellen med det som skjedde?",
    fit_summary: "{n} observerte punkt mot grunnlaget same månad: avviket er {rms} prosentpoeng (kvadratisk middel), størst for {track} i {date} ({largest} prosentpoeng).",
    fit_caveat: "Punkta er brukte til å kalibrere modellen, så tabellen viser kor godt kalibreringa treffer dei, ikkje ein uavhengig test.",
    fit_none: "Dataa har ingen observerte punkt innanfor perioden.",
    fit_table_caption: "Observert del mot grunnlaget sin del same månad; avvik = modell − observert",
    col_track: "Innføringsløp",
    col_observed: "Observert",
    col_model: "Modellen (grunnlag)",
    col_residual: "Avvik (prosentpoeng)",
    fit_total: "Samla avvik (kvadratisk middel, prosentpoeng)",
    col_directorate_status: "Direktoratet sin status ({date})",
    rag_green: "grøn",
    rag_yellow: "gul",
    rag_red: "raud",
    no_status: "ikkje oppgitt",
    risk_heading: "Kor sikre er vi?",
    risk_unavailable: "Uvissa kan ikkje reknast ut her: nettlesaren lét ikkje sida starte ei bakgrunnsutrekning (til dømes i ei innebygd ramme med sandkasse). Alle andre tal gjeld som vanleg.",
    risk_runs: "Tal på køyringar",
    risk_seed: "Frø (same frø gir same køyringar)",
    risk_chance_legend: "Sjansen for å nå ein milepæl innan ein månad",
    seek_legend: "Kva skal til for å nå milepælen innan månaden?",
    seek_lever: "Spak",
    seek_each_lever: "Prøv kvar spak",
    seek_chance: "Med ein sjanse på minst",
    seek_chance_none: "Den eigne datoen til scenarioet",
    seek_hint: "Med éin spak kan du òg krevje ein sjanse: kvart steg i søket er då ei eiga Monte Carlo-berekning (inntil 500 køyringar), og svaret tek nokre sekund.",
    risk_by: "Innan",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

#[cfg(not(target_arch = "wasm32"))]
pub const EN: Strings = Strings {
    app_tagline: "Move the levers and see at once what happens to the milestones and benefits that depend on them.",
    language: "Language",
    data_as_of: "Data as of",
    question: "Question",
    question_today: "From today",
    question_2021: "What if since 2021",
    question_today_statement: "The question: what happens from today (data as of {date})? What has happened stays as it happened.",
    question_2021_statement: "The question: what if things had gone differently since {start}? The levers act before the data date ({date}) too.",
    data_age: "The data is {months} old.",
    data_age_current: "The data is from this month.",
    today_line: "data as of {date}",
    today_line_note: "The dashed upright line is the data date, {date}.",
    not_offered_happened: "Happened in {date} – history stays as it is",
    not_offered_in_force: "Duty in force since {date}",
    mandates_heading: "Mandate per solution",
    against_baseline_to_come: "present value of what is still to come, against the baseline",
    pv_split: "Of the whole present value, {total}, {start} existed when the roadmap began (the level in {first}, held); the roadmap adds {added}.",
    standing_heading: "Where the roadmap stands",
    standing_as_of: "Data as of {date}.",
    standing_baseline: "The baseline: the roadmap as the data shows it, no lever changed.",
    standing_scenario: "With the levers as you set them.",
    behind_label: "Later than the 2021 plan",
    behind_value: "{late} of {counted} milestones",
    behind_far: "{far} of them more than 12 months later.",
    behind_assumed: "{count} milestones have an assumed plan date and are not counted.",
    reached_by: "{reached} of {total} milestones reached by {date}.",
    dates_label: "The dates asked about most",
    date_plan: "plan {plan}",
    date_plan_assumed: "assumed plan {plan}",
    date_baseline_was: "baseline: {date}",
    date_not_within: "not by {end}",
    value_label: "Benefit (present value)",
    value_realised: "{amount} realised up to {date}",
    value_to_come: "{amount} still to come",
    changes_heading: "What the levers change",
    changes_baseline_words: "Against the baseline: the roadmap as the data shows it, with no lever changed.",
    never_ceiling: "never: {actor} top out at {limit} for {solution}, below the {share} needed",
    load_failed: "The roadmap could not be loaded",

    levers_heading: "Levers",
    group_providers: "Care providers",
    group_vendors: "EHR vendors",
    group_milestones: "Milestones",
    help_heading: "What the levers do",
    help_speed: "Multiplies the adoption pace (Bass p and q) of what the group has not yet adopted; 1.00 is as in the data.",
    help_delay: "Months the group postpones what it has not yet done; what has happened stays put.",
    help_ceiling: "The share of the data's ceiling the group reaches at most.",
    help_mandate: "A duty in a regulation from a chosen month pulls the group towards its ceiling; 'As in the data' keeps today's duty.",
    help_milestone: "Extra months for one milestone; what builds on it moves with it.",
    filter_label: "Find a lever",
    show_milestone: "Show the milestone",
    lever_speed: "Speed",
    lever_delay: "Delay",
    lever_corrected: "{value} is outside {min}–{max}; used: {used}",
    lever_not_a_number: "Enter a number. The value is unchanged.",
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
    slipped_label: "Milestones later than in the baseline",
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
    legend_plan_target: "Plan target",
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
    col_starting_level: "Of which existed before the roadmap",
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
    notice_happened: "the milestone happened in {month}; from today, history stays as it was, so it was ignored",
    notice_in_force: "the duty has been in force since {month}, so it was ignored",
    notice_no_duty: "this group cannot be given a duty, so it was ignored",
    cause_data_date: "{this} had not happened by the data date {date}, so it falls after it",
    cause_ceiling: "{this} can never happen: {actor} top out at {limit} for {solution}, below the {share} it needs",
    never_reached: "never (a condition cannot be met)",
    cause_earliest: "{this} can start {date} at the earliest",
    cause_actor_delay: "{actor} start {months} later",
    track_subject: "the adoption of {solution} by {actor}",

    graph_heading: "Dependencies",
    graph_note: "Milestones (white, edged in their status colour) and adoption tracks (grey), ordered from the left by how many links they depend on. The chosen chain is highlighted.",
    graph_scroll: "The graph is wider than its box: scroll sideways to see the rest. The end goals are on the right. Point at a box for its full name; click a milestone to see why it falls when it does.",

    share_toolbar: "Share and compare",
    copy_link: "Copy link",
    link_copied: "The link is copied.",
    copy_manually: "The browser did not let the page copy. The text is selected: copy it yourself (Ctrl+C or ⌘C).",
    embed_open: "Embed",
    embed_heading: "Embed on a web page",
    embed_intro: "Paste the code where the chart should appear. It shows the scenario as it is now, without the levers, and links to the full version.",
    embed_script_note: "The script after the iframe gives your page the chart's height. If your publishing tool strips scripts, the chart shows at a fixed height.",
    embed_allow: "Before the chart shows on your site, whoever runs Veikart must allow your site in the frame-ancestors security rule (for example frame-ancestors 'self' https://www.example.org). It is a setting of the server that delivers Veikart, not of your page; as shipped, Veikart allows only its own site.",
    embed_preview: "Preview",
    embed_view: "Chart",
    embed_code: "HTML code",
    copy_code: "Copy the code",
    code_copied: "The code is copied.",
    open_full: "Open the full version",
    pin: "Pin this scenario",
    unpin: "Unpin the scenario",
    legend_pinned: "Pinned scenario",
    legend_band: "Uncertainty: P10–P90 of the runs (shaded), P50 (thin line)",
    legend_spread: "Uncertainty: P10–P90 of the runs, with P50",
    pinned_gap: "Present value against the pinned scenario: {amount}",
    graph_pinned: "Dotted frame: the milestone falls on another date than in the pinned scenario.",
    notice_ignored: "Parts of the link could not be used",
    notice_caveat: "About the link",
    notice_rest: "The rest of the link is applied. What was ignored is at its default.",
    dismiss_notice: "Dismiss the message",
    notice_unknown: "unknown parameter, ignored",
    notice_bad_value: "expected {expected}, ignored",
    notice_out_of_range: "outside {min}–{max}, ignored",
    notice_duplicate: "given again, the first value was used",
    notice_too_long: "The link is {length} characters long; only the first {max} were read.",
    notice_newer_format: "made by a newer version of the app (link format {version}); read as far as possible",
    notice_other_roadmap: "made on the roadmap file '{link}', not '{current}': load that file to see the scenario as it was made",
    notice_other_data: "made on roadmap data version {link}; this is version {current}, so results may differ",
    or: "or",
    expected_number: "a number",
    expected_whole_months: "a whole number of months",
    expected_format_version: "a format version, e.g. 1",
    expected_milestone_key: "a milestone key, e.g. m1",
    expected_solution_id: "a solution id",

    show_table: "Show as table",
    hide_table: "Hide the table",
    col_year: "Year",
    col_scenario_of: "{name}, scenario",
    col_baseline_of: "{name}, baseline",
    adoption_table_caption: "Share that has adopted {solution}, in January of each year",
    adoption_summary: "Share by {end}: {shares}.",
    adoption_change: "Largest change against the baseline: {actor}, {points} percentage points in {when}.",
    adoption_no_change: "Every actor group follows the baseline.",
    benefit_table_caption: "Benefit in each year and cumulative at the year's end (NOK million)",
    col_in_year_scenario: "In the year, scenario",
    col_in_year_baseline: "In the year, baseline",
    col_cumulative_scenario: "Cumulative, scenario",
    col_cumulative_baseline: "Cumulative, baseline",
    benefit_summary: "Cumulative benefit by {end}: {scenario} in the scenario against {baseline} in the baseline. Present value difference: {pv}.",
    timeline_summary: "{later} of {total} milestones come later than in the baseline and {earlier} earlier; {unreached} are not reached by {end}. The table below has the dates.",
    col_status: "Status",
    status_on_time: "on time",
    status_late: "up to 12 months late",
    status_very_late: "more than 12 months late",
    graph_summary: "{milestones} milestones and {tracks} adoption tracks with {links} dependencies.",
    graph_table_caption: "What each milestone and adoption track depends on",
    col_node: "Milestone or adoption track",
    col_depends_on: "Depends on",
    depends_on_nothing: "nothing",
    results_updated: "The results are updated. {pv_label}: {pv}. {slipped_label}: {slipped}.",
    skip_to_results: "Skip to the results",

    exports_heading: "Export and import",
    exports_download: "Download",
    export_milestones_csv: "The milestone table (CSV)",
    export_benefits_csv: "The benefit table (CSV)",
    export_series_csv: "Every series (CSV)",
    export_scenario: "The scenario (TOML)",
    import_scenario: "Import a scenario (TOML)",
    import_done: "The scenario from {file} is loaded.",
    import_failed: "The file could not be used, and the scenario is unchanged:",
    download_svg: "Download {chart} as SVG",
    download_png: "Download {chart} as PNG",
    print_report: "Print a report",
    roadmap_heading: "Your own roadmap",
    roadmap_intro: "Load a roadmap in the same TOML format as the default roadmap. It is checked as the command line checks it, and errors name the file, the entity and the field.",
    roadmap_template: "Download the default roadmap as a template",
    roadmap_upload: "Load a roadmap file (TOML)",
    roadmap_active_default: "Active roadmap: {title}, the default roadmap, version {version}.",
    roadmap_active_custom: "Active roadmap: {title} from the file {file} ({id}, version {version}). The levers are at this roadmap's defaults, and links made now need this file.",
    roadmap_back: "Back to the default roadmap",
    roadmap_failed: "{file} could not be used. The roadmap and the scenario are unchanged. Fix this and try again:",
    statement_open: "Accessibility statement",
    statement_intro: "Veikart aims to meet WCAG 2.1 levels A and AA, as the Norwegian regulation on universal design of ICT requires.",
    statement_met_heading: "What is met",
    statement_met_keyboard: "Every lever, button and choice works with the keyboard alone, with a visible focus indicator.",
    statement_met_charts: "Every chart has a summary in words and can be shown as a table with the same numbers. The numbers can also be downloaded as CSV.",
    statement_met_colour: "Lines and points in the charts differ by shape and dash pattern, not by colour alone, and contrast at least 3:1 with the background.",
    statement_met_status: "When the results change, a status message says so once, after you let go of the lever.",
    statement_met_reflow: "The page works without sideways scrolling down to 320 pixels wide.",
    statement_met_language: "All content is in bokmål, nynorsk and English, and the language is marked in the code.",
    statement_tested_heading: "How it was tested",
    statement_tested_axe: "Automatically with axe-core {axe} in Chromium (the rules for WCAG 2.0 and 2.1, levels A and AA) on the main view, the embed view, every dialog and every language, with no violations.",
    statement_tested_keyboard: "An automated test uses the keyboard only: it moves a lever with the arrow keys and checks that the milestone's date and the status message change.",
    statement_tested_manual: "By hand: focus order and focus indicator, the page at 320 pixels wide, printing, and the contrast of every chart colour.",
    statement_limits_heading: "Known limitations",
    statement_limits: "The charts are drawings; use the tables to read the numbers with a screen reader. The dependency graph scrolls sideways on narrow screens. The app has not been tested by screen reader users.",
    close: "Close",
    print_heading: "Report: {title}",
    print_levers: "Levers that differ from the baseline",
    print_no_levers: "Every lever is as in the baseline.",
    export_source: "Source: Veikart, {url}",
    not_a_text_file: "{file}: not a text file",
    reader_unavailable: "Files cannot be read here: the page may not start a Web Worker (in an embedded frame, for example). Open the full version.",
    reader_failed: "The file could not be read. Try again, or reload the page.",
    csv_baseline_forecast: "Forecast in the baseline",
    csv_vs_baseline_months: "Against the baseline (months)",
    csv_vs_plan_months: "Against the 2021 plan (months)",
    csv_never: "never",
    csv_mnok: "NOK million",
    csv_realised: "Realised up to {date}",
    csv_to_come: "Still to come",
    export_people: "For spreadsheets (headings in English):",
    export_milestones_people: "The milestone table for spreadsheets",
    export_benefits_people: "The benefit table for spreadsheets",
    csv_people_file: "spreadsheet",
    scenario_words: "Scenario {question} (data as of {date}): {levers}.",
    scenario_from_today: "from today",
    scenario_since_2021: "since 2021",
    scenario_no_levers: "the baseline, no lever changed",
    print_sources: "Sources",
    print_roadmap: "Roadmap {id}, version {version}, data as of {date}.",

    source: "Source",
    assumption: "Assumption",
    forecast_note: "Computed: the latest of the milestone's own date and all its conditions. Choose the milestone to see the chain.",
    month_one: "{n} month",
    months_many: "{n} months",
    mnok: "NOK {n} million",
    network_heading: "The network effect",
    network_choose: "Show the benefit",
    network_x_axis: "Share of exchanges that can happen",
    network_y_axis: "Share of the benefit realised",
    network_band: "Critical mass (assumption): {low}–{high}",
    network_curve: "The critical-mass curve",
    network_today: "Today ({date})",
    network_at_end: "By {end}",
    network_summary: "{sides}: {joint} of the exchanges can happen today; the tipping point is around {mass}.",
    network_end_summary: "By {end}: {joint} in the scenario ({realised} of the benefit realised) against {baseline_joint} in the baseline ({baseline_realised}).",
    network_table_caption: "{benefit}: exchanges that can happen and share realised",
    col_point: "Point",
    col_month: "Month",
    col_joint: "Exchanges that can happen",
    col_realised: "Share realised",
    network_tipping_point: "Tipping point (assumption)",
    and: "and",
    fit_heading: "How well does the model match what happened?",
    fit_summary: "{n} observed points against the baseline in the same month: the error is {rms} percentage points (root mean square), largest for {track} in {date} ({largest} points).",
    fit_caveat: "The points were used to calibrate the model, so the table shows how well the calibration meets them, not an independent test.",
    fit_none: "The data has no observed points within the horizon.",
    fit_table_caption: "Observed share against the baseline's share in the same month; residual = model − observed",
    col_track: "Adoption track",
    col_observed: "Observed",
    col_model: "Model (baseline)",
    col_residual: "Residual (points)",
    fit_total: "Overall error (root mean square, percentage points)",
    col_directorate_status: "Directorate's status ({date})",
    rag_green: "green",
    rag_yellow: "yellow",
    rag_red: "red",
    no_status: "not given",
    risk_heading: "How sure are we?",
    risk_unavailable: "Uncertainty cannot be computed here: the browser did not let the page start a background worker (in a sandboxed embedded frame, for instance). Every other figure holds as usual.",
    risk_runs: "Number of runs",
    risk_seed: "Seed (the same seed gives the same runs)",
    risk_chance_legend: "The chance of reaching a milestone by a month",
    seek_legend: "What does it take to reach the milestone by the month?",
    seek_lever: "Lever",
    seek_each_lever: "Try each lever",
    seek_chance: "With a chance of at least",
    seek_chance_none: "The scenario's own date",
    seek_hint: "With one lever you can also ask for a chance: each step of the search is then a Monte Carlo of its own (up to 500 runs), and the answer takes a few seconds.",
    risk_by: "By",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

/// A language's words.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &NN,
        Lang::En => &EN,
    }
}

/// A language's words once its catalogue is installed ([`catalogue::install`]); bokmål until
/// then, so a page whose catalogue did not come still has words.
#[cfg(target_arch = "wasm32")]
pub fn strings(lang: Lang) -> &'static Strings {
    catalogue::installed(lang).unwrap_or(&NB)
}

/// What the page says when a language's catalogue could not be fetched: in bokmål, which it shows
/// instead, and in the language asked for, whose own words did not come (so these are compiled
/// into every build). `None` for bokmål, which is always there.
pub fn catalogue_unavailable(lang: Lang) -> Option<(&'static str, &'static str)> {
    match lang {
        Lang::Nb => None,
        Lang::Nn => Some((
            "Nynorsk kunne ikke lastes, så siden vises på bokmål.",
            "Nynorsk kunne ikkje lastast inn, så sida blir vist på bokmål.",
        )),
        Lang::En => Some((
            "Engelsk kunne ikke lastes, så siden vises på bokmål.",
            "English could not be loaded, so the page is shown in Norwegian Bokmål.",
        )),
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

/// The words of the uncertainty report, which the Monte Carlo worker writes (the page's bundle
/// does not carry them: `src/worker_compute.rs` is their only reader). Apart from [`Strings`] so
/// that the worker does not link every string of the page; the few shared words (column heads,
/// lever names, month names, the amount format) are repeated here for the same reason, and a
/// test checks they stay equal.
#[derive(Debug)]
pub struct RiskStrings {
    /// Before the reason the worker could not read the roadmap.
    pub failed: &'static str,
    /// `{runs}`, `{seed}`.
    pub intro: &'static str,
    /// `{done}` of `{runs}` runs so far.
    pub progress: &'static str,
    /// `{pct}` (rounded to 5), `{m}` the milestone, `{date}`.
    pub chance: &'static str,
    pub table_caption: &'static str,
    /// `{p10}`, `{p50}`, `{p90}`: amounts.
    pub pv: &'static str,
    /// `{m}`: the chosen milestone.
    pub criticality: &'static str,
    pub criticality_caption: &'static str,
    pub tornado_pv: &'static str,
    /// `{m}`: the chosen milestone.
    pub tornado_date: &'static str,
    pub tornado_caption: &'static str,
    pub col_input: &'static str,
    pub col_low_end: &'static str,
    pub col_high_end: &'static str,
    pub col_share_of_runs: &'static str,
    /// Goal seek's heading: `{m}`, `{date}`.
    pub seek_heading: &'static str,
    /// `{date}`: the scenario's date for the milestone.
    pub seek_met: &'static str,
    pub seek_caption: &'static str,
    pub col_setting: &'static str,
    pub col_reaches: &'static str,
    /// The button that applies a found setting.
    pub apply: &'static str,
    /// `{n}`: levers that move the date, but not far enough; `{node}`: what holds the first back.
    pub seek_blocked: &'static str,
    /// One chosen lever that cannot reach it: `{lever}`, and `{node}`, what holds it back.
    pub seek_blocked_one: &'static str,
    /// `{n}` months, short.
    pub months_short: &'static str,
    /// No lever moves the date at all.
    pub seek_nothing: &'static str,
    pub input_p: &'static str,
    pub input_q: &'static str,
    pub input_slip: &'static str,
    pub input_value: &'static str,
    pub input_critical_mass: &'static str,
    pub col_milestone: &'static str,
    pub col_node: &'static str,
    pub lever_speed: &'static str,
    pub lever_delay: &'static str,
    pub lever_ceiling: &'static str,
    pub lever_milestone_delay: &'static str,
    pub not_reached: &'static str,
    pub mnok: &'static str,
    pub months: [&'static str; 12],
}

impl RiskStrings {
    /// Every key with its text, for the completeness tests.
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("failed", self.failed),
            ("intro", self.intro),
            ("progress", self.progress),
            ("chance", self.chance),
            ("table_caption", self.table_caption),
            ("pv", self.pv),
            ("criticality", self.criticality),
            ("criticality_caption", self.criticality_caption),
            ("tornado_pv", self.tornado_pv),
            ("tornado_date", self.tornado_date),
            ("tornado_caption", self.tornado_caption),
            ("col_input", self.col_input),
            ("col_low_end", self.col_low_end),
            ("col_high_end", self.col_high_end),
            ("col_share_of_runs", self.col_share_of_runs),
            ("seek_heading", self.seek_heading),
            ("seek_met", self.seek_met),
            ("seek_caption", self.seek_caption),
            ("col_setting", self.col_setting),
            ("col_reaches", self.col_reaches),
            ("apply", self.apply),
            ("seek_blocked", self.seek_blocked),
            ("seek_blocked_one", self.seek_blocked_one),
            ("months_short", self.months_short),
            ("seek_nothing", self.seek_nothing),
            ("input_p", self.input_p),
            ("input_q", self.input_q),
            ("input_slip", self.input_slip),
            ("input_value", self.input_value),
            ("input_critical_mass", self.input_critical_mass),
            ("col_milestone", self.col_milestone),
            ("col_node", self.col_node),
            ("lever_speed", self.lever_speed),
            ("lever_delay", self.lever_delay),
            ("lever_ceiling", self.lever_ceiling),
            ("lever_milestone_delay", self.lever_milestone_delay),
            ("not_reached", self.not_reached),
            ("mnok", self.mnok),
        ]
    }
}

/// The uncertainty report's words in a language.
pub fn risk_strings(lang: Lang) -> &'static RiskStrings {
    match lang {
        Lang::Nb => &RISK_NB,
        Lang::Nn => &RISK_NN,
        Lang::En => &RISK_EN,
    }
}

pub const RISK_NB: RiskStrings = RiskStrings {
    failed: "Usikkerheten kunne ikke beregnes for dette veikartet.",
    intro: "Dataene gir et spenn for hver usikker størrelse: gjenstående forsinkelse for milepælene, spredningstakten, gevinstenes verdi og kritisk masse. Scenariet kjøres {runs} ganger med tilfeldige trekk fra disse spennene (frø {seed}). P10–P90 er spennet der åtte av ti kjøringer havner; scenarioets egne tall ellers på siden er uendret.",
    progress: "{done} av {runs} kjøringer",
    chance: "Omtrent {pct} % sjanse for at {m} er nådd innen {date}.",
    table_caption: "Milepæler: spennet over kjøringene (P10, P50, P90)",
    pv: "Nåverdi over kjøringene: P10 {p10}, P50 {p50}, P90 {p90}.",
    criticality: "Hva ligger på den kritiske kjeden til {m}?",
    criticality_caption: "Andelen av kjøringene der milepælen eller sporet ligger på kjeden",
    tornado_pv: "Hva flytter nåverdien mest?",
    tornado_date: "Hva flytter datoen for {m} mest?",
    tornado_caption: "Hver spak fra laveste til høyeste verdi og hver usikker størrelse fra P10 til P90, én om gangen; bredeste først",
    col_input: "Spak eller usikker størrelse",
    col_low_end: "Ved lav ende",
    col_high_end: "Ved høy ende",
    col_share_of_runs: "Andel av kjøringene",
    seek_heading: "Hva skal til for at {m} nås innen {date}?",
    seek_met: "Scenariet når det allerede: {date}.",
    seek_caption: "Den svakeste innstillingen av hver spak som alene når datoen (scenarioets egen kjøring), minst endring først",
    col_setting: "Innstilling",
    col_reaches: "Gir",
    apply: "Bruk",
    seek_blocked: "{n} spaker flytter datoen, men ingen innstilling innen spakens område når den alene; det som holder igjen: {node}.",
    seek_blocked_one: "Ingen innstilling av {lever} innen spakens område når det; det som holder igjen: {node}.",
    months_short: "{n} mnd.",
    seek_nothing: "Ingen spak flytter datoen.",
    input_p: "innovasjon (p)",
    input_q: "imitasjon (q)",
    input_slip: "gjenstående forsinkelse",
    input_value: "årlig verdi",
    input_critical_mass: "kritisk masse",
    col_milestone: "Milepæl",
    col_node: "Milepæl eller innføringsløp",
    lever_speed: "Tempo",
    lever_delay: "Forsinkelse",
    lever_ceiling: "Tak for innføring",
    lever_milestone_delay: "Ekstra forsinkelse",
    not_reached: "ikke innen {end}",
    mnok: "{n} mill. kr",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

pub const RISK_NN: RiskStrings = RiskStrings {
    failed: "Uvissa kunne ikkje reknast ut for dette vegkartet.",
    intro: "Dataa gir eit spenn for kvar usikker storleik: attverande forseinking for milepælane, spreiingstakta, verdien av gevinstane og kritisk masse. Scenariet blir køyrt {runs} gonger med tilfeldige trekk frå desse spenna (frø {seed}). P10–P90 er spennet der åtte av ti køyringar hamnar; scenariet sine eigne tal elles på sida er uendra.",
    progress: "{done} av {runs} køyringar",
    chance: "Om lag {pct} % sjanse for at {m} er nådd innan {date}.",
    table_caption: "Milepælar: spennet over køyringane (P10, P50, P90)",
    pv: "Noverdi over køyringane: P10 {p10}, P50 {p50}, P90 {p90}.",
    criticality: "Kva ligg på den kritiske kjeda til {m}?",
    criticality_caption: "Delen av køyringane der milepælen eller sporet ligg på kjeda",
    tornado_pv: "Kva flyttar noverdien mest?",
    tornado_date: "Kva flyttar datoen for {m} mest?",
    tornado_caption: "Kvar spak frå lågaste til høgaste verdi og kvar usikker storleik frå P10 til P90, éin om gongen; breiaste først",
    col_input: "Spak eller usikker storleik",
    col_low_end: "Ved låg ende",
    col_high_end: "Ved høg ende",
    col_share_of_runs: "Del av køyringane",
    seek_heading: "Kva skal til for at {m} blir nådd innan {date}?",
    seek_met: "Scenariet når det alt: {date}.",
    seek_caption: "Den svakaste innstillinga av kvar spak som åleine når datoen (scenariet si eiga køyring), minst endring først",
    col_setting: "Innstilling",
    col_reaches: "Gir",
    apply: "Bruk",
    seek_blocked: "{n} spakar flyttar datoen, men inga innstilling innanfor området til spaken når han åleine; det som held att: {node}.",
    seek_blocked_one: "Inga innstilling av {lever} innanfor området til spaken når det; det som held att: {node}.",
    months_short: "{n} mnd.",
    seek_nothing: "Ingen spak flyttar datoen.",
    input_p: "innovasjon (p)",
    input_q: "imitasjon (q)",
    input_slip: "attverande forseinking",
    input_value: "årleg verdi",
    input_critical_mass: "kritisk masse",
    col_milestone: "Milepæl",
    col_node: "Milepæl eller innføringsløp",
    lever_speed: "Tempo",
    lever_delay: "Forseinking",
    lever_ceiling: "Tak for innføring",
    lever_milestone_delay: "Ekstra forseinking",
    not_reached: "ikkje innan {end}",
    mnok: "{n} mill. kr",
    months: [
        "jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
};

pub const RISK_EN: RiskStrings = RiskStrings {
    failed: "Uncertainty could not be computed for this roadmap.",
    intro: "The data gives a range for each uncertain quantity: the milestones' remaining slip, the pace of adoption, the benefits' value and their critical mass. The scenario is run {runs} times with random draws from these ranges (seed {seed}). P10–P90 is the range eight runs in ten fall within; the scenario's own figures elsewhere on the page are unchanged.",
    progress: "{done} of {runs} runs",
    chance: "About {pct}% chance that {m} is reached by {date}.",
    table_caption: "Milestones: the range over the runs (P10, P50, P90)",
    pv: "Present value over the runs: P10 {p10}, P50 {p50}, P90 {p90}.",
    criticality: "What lies on the critical chain of {m}?",
    criticality_caption: "The share of runs in which the milestone or track lies on the chain",
    tornado_pv: "What moves the present value most?",
    tornado_date: "What moves the date of {m} most?",
    tornado_caption: "Each lever from its lowest to its highest value and each uncertain quantity from P10 to P90, one at a time; widest first",
    col_input: "Lever or uncertain quantity",
    col_low_end: "At the low end",
    col_high_end: "At the high end",
    col_share_of_runs: "Share of runs",
    seek_heading: "What does it take for {m} by {date}?",
    seek_met: "The scenario reaches it already: {date}.",
    seek_caption: "The weakest setting of each lever that reaches the date on its own (the scenario's own run), least change first",
    col_setting: "Setting",
    col_reaches: "Gives",
    apply: "Apply",
    seek_blocked: "{n} levers move the date, but no setting of any one within its range reaches it; what holds it back: {node}.",
    seek_blocked_one: "No setting of {lever} within its range reaches it; what holds it back: {node}.",
    months_short: "{n} mo.",
    seek_nothing: "No lever moves the date.",
    input_p: "innovation (p)",
    input_q: "imitation (q)",
    input_slip: "remaining slip",
    input_value: "annual value",
    input_critical_mass: "critical mass",
    col_milestone: "Milestone",
    col_node: "Milestone or adoption track",
    lever_speed: "Speed",
    lever_delay: "Delay",
    lever_ceiling: "Adoption ceiling",
    lever_milestone_delay: "Extra delay",
    not_reached: "not by {end}",
    mnok: "NOK {n} million",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

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

/// A number as a person types it in the page's language: in Norwegian a decimal comma or point
/// ("2,5", "2.5") and spaces between digit groups; in English a decimal point and commas between
/// groups. A minus or a true minus sign. `None` for anything else, such as two decimal marks.
pub fn parse_number(lang: Lang, text: &str) -> Option<f64> {
    let group = |c: char| match lang {
        Lang::Nb | Lang::Nn => matches!(c, ' ' | '\u{a0}' | '\u{202f}'),
        Lang::En => matches!(c, ' ' | ','),
    };
    let plain: String = text
        .chars()
        .filter(|&c| !group(c))
        .map(|c| match c {
            '−' => '-',
            ',' => '.',
            c => c,
        })
        .collect();
    crate::decimal::parse(&plain)
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

/// Why a share link's parameter was ignored or needs attention, in the user's language; the page
/// shows it after the parameter (`notice.param=notice.value: …`), but for a cut link whole.
pub fn link_notice(lang: Lang, notice: &Notice) -> String {
    let s = strings(lang);
    match &notice.problem {
        Problem::UnknownParameter => s.notice_unknown.to_string(),
        Problem::BadValue { expected } => {
            let expected = match expected {
                Expected::Number => s.expected_number.to_string(),
                Expected::WholeMonths => s.expected_whole_months.to_string(),
                Expected::FormatVersion => s.expected_format_version.to_string(),
                Expected::MilestoneKey => s.expected_milestone_key.to_string(),
                Expected::SolutionId => s.expected_solution_id.to_string(),
                Expected::OneOf(values) => one_of(values, s.or),
            };
            fill(s.notice_bad_value, &[("expected", &expected)])
        }
        Problem::OutOfRange { min, max } => {
            fill(s.notice_out_of_range, &[("min", min), ("max", max)])
        }
        Problem::Duplicate => s.notice_duplicate.to_string(),
        Problem::NotOffered { why } => match why {
            NotOffered::Happened(m) => fill(s.notice_happened, &[("month", &month(lang, *m))]),
            NotOffered::InForce(m) => fill(s.notice_in_force, &[("month", &month(lang, *m))]),
            NotOffered::NoDuty => s.notice_no_duty.to_string(),
        },
        Problem::TooLong => fill(
            s.notice_too_long,
            &[
                ("length", &notice.value),
                ("max", &MAX_QUERY_LEN.to_string()),
            ],
        ),
        Problem::NewerFormat { version } => fill(s.notice_newer_format, &[("version", version)]),
        Problem::OtherRoadmap { link, current } => fill(
            s.notice_other_roadmap,
            &[("link", link), ("current", current)],
        ),
        Problem::OtherDataVersion { link, current } => {
            fill(s.notice_other_data, &[("link", link), ("current", current)])
        }
    }
}

/// A letter of nb, nn or en in lower case: ASCII and Latin-1 (Æ Ø Å É …) by hand, so the app
/// carries no Unicode case tables (~24 KB of data); any other character is left as it is.
pub fn lowercase_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// A letter of nb, nn or en in upper case, as [`lowercase_char`] in reverse (ß and ÿ stay).
pub fn uppercase_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 32).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_typed_number_reads_as_the_language_writes_it() {
        assert_eq!(parse_number(Lang::Nb, "2,5"), Some(2.5));
        assert_eq!(parse_number(Lang::Nn, " 2.5 "), Some(2.5));
        assert_eq!(parse_number(Lang::Nb, "1 000"), Some(1000.0));
        assert_eq!(parse_number(Lang::Nb, "−1,25"), Some(-1.25));
        assert_eq!(parse_number(Lang::En, "1,000.5"), Some(1000.5));
        assert_eq!(parse_number(Lang::En, "2.5"), Some(2.5));
        for bad in ["", "abc", "1.000,5", "2,5,1", "inf", "NaN", "1e3", "--1"] {
            assert_eq!(parse_number(Lang::Nb, bad), None, "{bad:?}");
        }
        // What the fields show reads back as the same value in every language.
        for lang in Lang::ALL {
            for v in [0.25, 1.0, 2.5, 48.0, 1234.5, -3.75] {
                assert_eq!(
                    parse_number(lang, &number(lang, v, 2)),
                    Some(v),
                    "{lang:?} {v}"
                );
            }
        }
    }

    #[test]
    fn case_by_hand_agrees_with_unicode_on_every_latin_1_letter() {
        for c in (0u32..=0xFF).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            let upper: Vec<char> = c.to_uppercase().collect();
            if lower.len() == 1 {
                assert_eq!(super::lowercase_char(c), lower[0], "{c}");
            }
            if upper.len() == 1 && (upper[0] as u32) < 0x100 {
                assert_eq!(super::uppercase_char(c), upper[0], "{c}");
            }
        }
        assert_eq!(super::uppercase_char('ø'), 'Ø');
        assert_eq!(super::lowercase_char('Å'), 'å');
        assert_eq!(super::uppercase_char('ß'), 'ß');
    }

    fn placeholders(template: &str) -> BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn the_risk_report_words_are_complete_and_agree_with_the_page() {
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let (r, s) = (risk_strings(lang), strings(lang));
            for (key, text) in r.entries() {
                assert!(!text.trim().is_empty(), "{lang:?} risk {key}");
                assert_eq!(
                    placeholders(text),
                    placeholders(
                        RISK_NB
                            .entries()
                            .iter()
                            .find(|(k, _)| *k == key)
                            .map_or("", |e| e.1)
                    ),
                    "{lang:?} {key}"
                );
            }
            let shared = [
                (r.col_milestone, s.col_milestone),
                (r.col_node, s.col_node),
                (r.lever_speed, s.lever_speed),
                (r.lever_delay, s.lever_delay),
                (r.lever_ceiling, s.lever_ceiling),
                (r.lever_milestone_delay, s.lever_milestone_delay),
                (r.not_reached, s.not_reached),
                (r.mnok, s.mnok),
            ];
            for (ours, theirs) in shared {
                assert_eq!(ours, theirs, "{lang:?}");
            }
            assert_eq!(r.months, s.months);
        }
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
    fn link_notices_name_the_expected_form_in_each_language() {
        let (_, notices) = crate::scenario::link::decode(
            &crate::model::load_roadmap(
                crate::model::DEFAULT_ROADMAP_FILE,
                crate::model::DEFAULT_ROADMAP_TOML,
            )
            .unwrap(),
            "lang=xx&a1d=soon&a1s=9&d=1999.9",
        );
        let said = |lang| -> Vec<String> { notices.iter().map(|n| link_notice(lang, n)).collect() };
        assert_eq!(
            said(Lang::Nb)[..3],
            [
                "ventet nb, nn eller en, ignorert",
                "ventet et helt antall måneder, ignorert",
                "utenfor 0.25–3, ignorert",
            ]
        );
        assert!(said(Lang::Nn)[3].contains("1999.9"));
        // English says what the codec's own messages say.
        for (n, text) in notices.iter().zip(said(Lang::En)) {
            assert!(n.to_string().ends_with(&text), "{n} / {text}");
        }
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
