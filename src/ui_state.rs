//! The browser app's state and the actions that change it: plain data and a pure reducer, so the
//! whole interaction logic is tested natively. The Yew side only wraps [`UiState::apply`].

use crate::model::{Lang, Month, Preset, Roadmap};
use crate::scenario::link::{decode, Link, Notice, RiskChoice, View};
pub use crate::scenario::Lever;
use crate::scenario::{LeverKind, MandateLever, Question, Scenario, Schedule, Unit};

/// A slider's range in the units it shows (a share in percent).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl Scale {
    /// The slider for a lever kind, from the lever table.
    pub fn of(kind: LeverKind) -> Scale {
        let spec = kind.spec();
        let shown = shown_factor(kind);
        Scale {
            min: spec.min * shown,
            max: spec.max * shown,
            step: spec.step * shown,
        }
    }

    /// For an entry outside the range, the value the lever takes instead (the nearest end);
    /// `None` for an entry within it. Not-a-number is `Some(None)`: nothing is applied.
    pub fn correction(&self, entered: f64) -> Option<Option<f64>> {
        if entered.is_nan() {
            Some(None)
        } else if entered < self.min || entered > self.max {
            Some(Some(entered.clamp(self.min, self.max)))
        } else {
            None
        }
    }
}

/// Whether a name matches what was typed into the lever filter: every word of the query, in any
/// letter case, somewhere in the name ("kom pleie" finds "Kommuner – pleie og omsorg").
pub fn name_matches(name: &str, query: &str) -> bool {
    let lower = |t: &str| {
        t.chars()
            .map(crate::i18n::lowercase_char)
            .collect::<String>()
    };
    let name = lower(name);
    lower(query)
        .split_whitespace()
        .all(|word| name.contains(word))
}

/// A share is shown in percent; other units as they are.
fn shown_factor(kind: LeverKind) -> f64 {
    if kind.spec().unit == Unit::Share {
        100.0
    } else {
        1.0
    }
}

/// A lever's value in the units its slider shows (a ceiling in percent).
pub fn shown_value(lever: &Lever, scenario: &Scenario) -> f64 {
    let v = lever.value(scenario) * shown_factor(lever.kind());
    (v * 1e6).round() / 1e6
}

/// The collapsible groups of levers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LeverGroup {
    Providers,
    Vendors,
    Milestones,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A lever's new value in the units its slider shows.
    Slide(Lever, f64),
    /// A mandate lever (`Lever::Mandate`) set to a duty.
    SetMandate(Lever, MandateLever),
    Reset(Lever),
    ResetAll,
    /// Replaces every lever with a preset's, or with an imported scenario file's.
    ApplyPreset(Scenario),
    SetSchedule(Schedule),
    /// Which question the page answers; levers the question does not offer are reset.
    SetQuestion(Question),
    /// The solution whose adoption the adoption chart shows.
    ChooseSolution(String),
    /// The milestone whose critical chain is shown; choosing it again clears the choice.
    SelectMilestone(String),
    SetLang(Lang),
    SetGroupOpen(LeverGroup, bool),
    /// Shows what a share link carries (Back and Forward bring earlier links back); what the
    /// link leaves out goes back to its default. The lever groups' layout is kept.
    ApplyLink(Link),
    /// Keeps a copy of the current levers to compare against on every chart.
    PinCurrent,
    Unpin,
    /// Hides the notices about the link the page was opened with.
    DismissNotices,
    /// The uncertainty panel's runs, seed and month (the chance of reaching the selected
    /// milestone by then).
    SetRisk(RiskChoice),
}

#[derive(Clone, Debug, PartialEq)]
pub struct UiState {
    /// Always normalised: levers at their defaults are absent, so equal scenarios compare equal.
    pub scenario: Scenario,
    pub solution: String,
    pub selected: Option<String>,
    pub lang: Lang,
    /// Sorted, so equal states compare equal whatever order the groups were opened in.
    pub open_groups: Vec<LeverGroup>,
    /// A second scenario shown against the current one; normalised like `scenario`.
    pub pinned: Option<Scenario>,
    /// The chart a link points at: the only one shown in embed mode.
    pub view: View,
    /// Embed mode: one view, minimal chrome, for an iframe on another site.
    pub embed: bool,
    /// What the opening link had that could not be used, until dismissed.
    pub notices: Vec<Notice>,
    /// The solution shown when a link names none.
    pub default_solution: String,
    /// What the uncertainty panel asks: runs, seed, the month of the chance.
    pub risk: RiskChoice,
}

impl UiState {
    /// The baseline, in bokmål, showing the solution that most actor groups adopt (the first
    /// such in the data).
    pub fn new(roadmap: &Roadmap) -> UiState {
        let groups = |id: &str| roadmap.tracks.iter().filter(|t| t.solution == id).count();
        let solution = roadmap
            .solutions
            .iter()
            .rev()
            .max_by_key(|s| groups(&s.id))
            .map(|s| s.id.clone())
            .unwrap_or_default();
        UiState {
            scenario: Scenario::default(),
            solution: solution.clone(),
            selected: None,
            lang: Lang::Nb,
            open_groups: vec![LeverGroup::Providers, LeverGroup::Vendors],
            pinned: None,
            view: View::All,
            embed: false,
            notices: Vec::new(),
            default_solution: solution,
            risk: RiskChoice::default(),
        }
    }

    /// The state a page opened with a share link's query string starts in, with the notices
    /// about what the link had that could not be used.
    pub fn opened_with(roadmap: &Roadmap, query: &str) -> UiState {
        let (link, notices) = decode(roadmap, query);
        UiState {
            notices,
            ..UiState::new(roadmap).apply(Action::ApplyLink(link))
        }
    }

    /// The share link for what the page shows; [`Action::ApplyLink`] of it gives the same state.
    pub fn link(&self) -> Link {
        Link {
            scenario: self.scenario.clone(),
            pinned: self.pinned.clone(),
            lang: self.lang,
            view: self.view,
            embed: self.embed,
            milestone: self.selected.clone(),
            solution: (self.solution != self.default_solution).then(|| self.solution.clone()),
            risk: self.risk,
        }
    }

    pub fn apply(self, action: Action) -> UiState {
        let mut next = self;
        match action {
            Action::Slide(lever, value) => {
                lever.set(&mut next.scenario, value / shown_factor(lever.kind()));
                next.scenario = next.scenario.normalised();
            }
            Action::SetMandate(lever, mandate) => {
                lever.set_mandate(&mut next.scenario, mandate);
                next.scenario = next.scenario.normalised();
            }
            Action::Reset(lever) => next.scenario = lever.reset_in(&next.scenario),
            Action::ResetAll => {
                next.scenario = Scenario {
                    question: next.scenario.question,
                    schedule: next.scenario.schedule,
                    ..Scenario::default()
                }
            }
            Action::ApplyPreset(scenario) => next.scenario = scenario.normalised(),
            Action::SetSchedule(schedule) => {
                next.scenario.schedule = schedule;
                next.scenario = next.scenario.normalised();
            }
            Action::SetQuestion(question) => {
                next.scenario.question = question;
                next.scenario = next.scenario.normalised();
            }
            Action::ChooseSolution(id) => next.solution = id,
            Action::SelectMilestone(id) => {
                next.selected = if next.selected.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id)
                }
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::SetGroupOpen(group, open) => {
                match (next.open_groups.binary_search(&group), open) {
                    (Err(at), true) => next.open_groups.insert(at, group),
                    (Ok(at), false) => {
                        next.open_groups.remove(at);
                    }
                    _ => {}
                }
            }
            Action::ApplyLink(link) => {
                next.scenario = link.scenario.normalised();
                next.pinned = link.pinned.map(Scenario::normalised);
                next.lang = link.lang;
                next.view = link.view;
                next.embed = link.embed;
                next.selected = link.milestone;
                next.solution = link
                    .solution
                    .unwrap_or_else(|| next.default_solution.clone());
                next.risk = link.risk;
            }
            Action::PinCurrent => next.pinned = Some(next.scenario.clone()),
            Action::Unpin => next.pinned = None,
            Action::DismissNotices => next.notices.clear(),
            Action::SetRisk(risk) => next.risk = risk,
        }
        next
    }
}

/// The months a mandate's deadline may take in a question: from today, only after the data date.
pub fn mandate_range(roadmap: &Roadmap, question: Question) -> (Month, Month) {
    let meta = &roadmap.meta;
    let first = match question {
        Question::FromToday => meta.data_date.plus(1),
        Question::Since2021 => meta.start,
    };
    (first, meta.end.max(first))
}

/// The changed levers of a scenario that a question does not offer (a delay of what has happened,
/// a duty in force, a deadline before the question's first month): what switching to it resets.
pub fn not_offered_in(roadmap: &Roadmap, scenario: &Scenario, question: Question) -> Vec<Lever> {
    let (first, last) = mandate_range(roadmap, question);
    Lever::changed_in(scenario)
        .into_iter()
        .filter(|lever| {
            lever.offered(roadmap, question).is_err()
                || matches!(lever.mandate(scenario), MandateLever::At(m) if m < first || m > last)
        })
        .collect()
}

/// The preset whose levers a (normalised) scenario has, if any.
pub fn active_preset<'a>(roadmap: &'a Roadmap, scenario: &Scenario) -> Option<&'a Preset> {
    roadmap
        .presets
        .iter()
        .find(|p| p.scenario.clone().normalised() == *scenario)
}

/// A short id of a scenario for file names: the preset's id, `grunnlag` for the baseline, or the
/// levers as the share link writes them (`a1d24-m7x3`), so two scenarios' files do not collide.
pub fn scenario_file_tag(roadmap: &Roadmap, scenario: &Scenario) -> String {
    if let Some(preset) = active_preset(roadmap, scenario) {
        return preset.id.clone();
    }
    let link = Link {
        scenario: scenario.clone(),
        pinned: None,
        lang: Lang::Nb,
        view: View::All,
        embed: false,
        milestone: None,
        solution: None,
        risk: RiskChoice::default(),
    };
    let levers: Vec<String> = crate::scenario::link::encode(roadmap, &link)
        .split('&')
        .filter(|param| !["v=", "d=", "r="].iter().any(|p| param.starts_with(p)))
        .map(|param| param.replace('=', ""))
        .collect();
    if levers.is_empty() {
        "grunnlag".into()
    } else {
        levers.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
    use crate::scenario::ActorLevers;

    #[test]
    fn files_of_different_scenarios_get_different_names() {
        let r = roadmap();
        assert_eq!(scenario_file_tag(&r, &Scenario::default()), "grunnlag");
        let preset = &r.presets[0];
        assert_eq!(
            scenario_file_tag(&r, &preset.scenario.clone().normalised()),
            preset.id
        );
        let mut held = Scenario::default();
        held.actors.insert(
            "kommune_plo".into(),
            ActorLevers {
                delay: 24,
                ..ActorLevers::default()
            },
        );
        let tag = scenario_file_tag(&r, &held);
        assert_eq!(tag, "a1d24");
        held.question = Question::Since2021;
        assert_ne!(scenario_file_tag(&r, &held), tag);
    }

    #[test]
    fn the_lever_filter_finds_every_word_in_any_case() {
        assert!(name_matches("Kommuner – pleie og omsorg", "kom PLEIE"));
        assert!(name_matches("Pasientens legemiddelliste (PLL)", "pll"));
        assert!(name_matches("Fastleger", ""));
        assert!(name_matches("Økt bruk", "øKT"));
        assert!(!name_matches("Fastleger", "kommune"));
        assert!(!name_matches("Kommuner – pleie og omsorg", "kom lege"));
    }

    fn roadmap() -> Roadmap {
        load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("the default roadmap loads")
    }

    fn delay(actor: &str) -> Lever {
        Lever::Delay(actor.into())
    }

    #[test]
    fn the_uncertainty_choices_travel_in_the_link() {
        let r = roadmap();
        let choice = RiskChoice {
            runs: Some(2000),
            seed: Some(7),
            by: Some(Month::new(2029, 12)),
        };
        let s = UiState::new(&r)
            .apply(Action::SelectMilestone("pll_national_start".into()))
            .apply(Action::SetRisk(choice));
        let query = crate::scenario::link::encode(&r, &s.link());
        assert!(query.contains("runs=2000&seed=7&by=2029-12"), "{query}");
        let again = UiState::opened_with(&r, &query);
        assert_eq!(again.risk, choice);
        assert_eq!(again.selected.as_deref(), Some("pll_national_start"));
        // A link without them asks the defaults; bad values are notices, not failures.
        assert_eq!(UiState::opened_with(&r, "v=2").risk, RiskChoice::default());
        let bad = UiState::opened_with(&r, "v=2&runs=5&seed=x&by=2029");
        assert_eq!(bad.risk, RiskChoice::default());
        assert_eq!(bad.notices.len(), 3);
    }

    #[test]
    fn starts_at_the_baseline_in_bokmaal() {
        let r = roadmap();
        let s = UiState::new(&r);
        assert_eq!(s.scenario, Scenario::default());
        assert_eq!(s.lang, Lang::Nb);
        let groups = |id: &str| r.tracks.iter().filter(|t| t.solution == id).count();
        assert!(r
            .solutions
            .iter()
            .all(|x| groups(&x.id) <= groups(&s.solution)));
        assert!(groups(&s.solution) > 0);
        assert!(s.open_groups.contains(&LeverGroup::Providers));
        assert!(!s.open_groups.contains(&LeverGroup::Milestones));
    }

    #[test]
    fn a_slider_sets_its_lever_clamped_and_whole() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 12.4))
            .apply(Action::Slide(Lever::Speed("fastlege".into()), 9.0))
            .apply(Action::Slide(Lever::Ceiling("fastlege".into()), 70.0));
        let plo = s.scenario.actor("kommune_plo");
        assert_eq!(plo.delay, 12);
        let gp = s.scenario.actor("fastlege");
        assert_eq!(gp.speed, 3.0);
        assert!((gp.ceiling - 0.7).abs() < 1e-12);
        assert_eq!(
            shown_value(&Lever::Ceiling("fastlege".into()), &s.scenario),
            70.0
        );
        assert_eq!(shown_value(&delay("kommune_plo"), &s.scenario), 12.0);
    }

    #[test]
    fn a_slider_ignores_what_is_not_a_number() {
        let s = UiState::new(&roadmap()).apply(Action::Slide(delay("kommune_plo"), f64::NAN));
        assert_eq!(s.scenario, Scenario::default());
    }

    #[test]
    fn moving_a_lever_back_to_default_leaves_the_baseline() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 6.0))
            .apply(Action::Slide(delay("kommune_plo"), 0.0));
        assert_eq!(s.scenario, Scenario::default());
    }

    #[test]
    fn reset_touches_one_lever_and_reset_all_keeps_the_schedule() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 6.0))
            .apply(Action::Slide(Lever::Speed("kommune_plo".into()), 0.5))
            .apply(Action::Slide(Lever::MilestoneDelay("m".into()), 3.0))
            .apply(Action::SetQuestion(Question::Since2021))
            .apply(Action::SetSchedule(Schedule::Plan));
        let one = s.clone().apply(Action::Reset(delay("kommune_plo")));
        assert_eq!(one.scenario.actor("kommune_plo").delay, 0);
        assert_eq!(one.scenario.actor("kommune_plo").speed, 0.5);
        assert_eq!(one.scenario.milestone_delay("m"), 3);
        let all = s.apply(Action::ResetAll);
        assert_eq!(
            all.scenario,
            Scenario {
                question: Question::Since2021,
                schedule: Schedule::Plan,
                ..Scenario::default()
            }
        );
    }

    #[test]
    fn changed_levers_are_listed_and_each_resets_alone() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 6.0))
            .apply(Action::SetMandate(
                Lever::Mandate("fastlege".into(), "pll".into()),
                MandateLever::Off,
            ))
            .apply(Action::Slide(Lever::MilestoneDelay("m".into()), 3.0));
        let changed = Lever::changed_in(&s.scenario);
        assert_eq!(changed.len(), 3);
        for lever in &changed {
            let rest = Lever::changed_in(&lever.reset_in(&s.scenario));
            assert_eq!(rest.len(), 2);
            assert!(!rest.contains(lever));
        }
    }

    #[test]
    fn a_preset_replaces_the_levers_and_is_recognised() {
        let r = roadmap();
        let preset = (r.presets.iter())
            .find(|p| p.scenario != Scenario::default())
            .expect("the default roadmap has a preset that changes levers");
        let s = UiState::new(&r)
            .apply(Action::Slide(delay("kommune_plo"), 47.0))
            .apply(Action::ApplyPreset(preset.scenario.clone()));
        assert_eq!(s.scenario, preset.scenario.clone().normalised());
        assert_eq!(
            active_preset(&r, &s.scenario).map(|p| &p.id),
            Some(&preset.id)
        );
        let moved = s.apply(Action::Slide(Lever::Speed("kommune_plo".into()), 2.95));
        assert_ne!(
            active_preset(&r, &moved.scenario).map(|p| &p.id),
            Some(&preset.id)
        );
    }

    #[test]
    fn selecting_a_milestone_twice_clears_it() {
        let s = UiState::new(&roadmap()).apply(Action::SelectMilestone("a".into()));
        assert_eq!(s.selected.as_deref(), Some("a"));
        let s = s.apply(Action::SelectMilestone("b".into()));
        assert_eq!(s.selected.as_deref(), Some("b"));
        assert_eq!(s.apply(Action::SelectMilestone("b".into())).selected, None);
    }

    #[test]
    fn groups_open_and_close() {
        let s = UiState::new(&roadmap())
            .apply(Action::SetGroupOpen(LeverGroup::Milestones, true))
            .apply(Action::SetGroupOpen(LeverGroup::Providers, false));
        assert!(s.open_groups.contains(&LeverGroup::Milestones));
        assert!(!s.open_groups.contains(&LeverGroup::Providers));
        // The same groups open, whatever the order and however often: the same state.
        let other = UiState::new(&roadmap())
            .apply(Action::SetGroupOpen(LeverGroup::Providers, false))
            .apply(Action::SetGroupOpen(LeverGroup::Milestones, true))
            .apply(Action::SetGroupOpen(LeverGroup::Milestones, true))
            .apply(Action::SetGroupOpen(LeverGroup::Providers, false));
        assert_eq!(other, s);
    }

    #[test]
    fn language_and_solution_are_plain_choices() {
        let s = UiState::new(&roadmap())
            .apply(Action::SetLang(Lang::Nn))
            .apply(Action::ChooseSolution("pll".into()));
        assert_eq!(s.lang, Lang::Nn);
        assert_eq!(s.solution, "pll");
        assert_eq!(s.scenario, Scenario::default());
    }

    /// A state that differs from the default in everything a link carries.
    fn linked_state(r: &Roadmap) -> UiState {
        let other_solution = r
            .solutions
            .iter()
            .find(|x| x.id != UiState::new(r).solution)
            .expect("more than one solution")
            .id
            .clone();
        UiState::new(r)
            .apply(Action::Slide(delay("kommune_plo"), 12.0))
            .apply(Action::PinCurrent)
            .apply(Action::Slide(delay("kommune_plo"), 30.0))
            .apply(Action::SetLang(Lang::En))
            .apply(Action::SelectMilestone(r.milestones[0].id.clone()))
            .apply(Action::ChooseSolution(other_solution))
    }

    #[test]
    fn a_state_survives_its_own_share_link() {
        let r = roadmap();
        let state = UiState {
            view: View::Timeline,
            embed: true,
            ..linked_state(&r)
        };
        let query = crate::scenario::link::encode(&r, &state.link());
        assert_eq!(UiState::opened_with(&r, &query), state);
        let plain = UiState::new(&r);
        assert_eq!(UiState::opened_with(&r, ""), plain);
        assert_eq!(
            plain.link(),
            Link::default(),
            "the baseline links with no levers"
        );
    }

    #[test]
    fn applying_a_link_sets_what_it_carries_and_resets_what_it_leaves_out() {
        let r = roadmap();
        let linked = linked_state(&r);
        let moved = linked
            .clone()
            .apply(Action::SetGroupOpen(LeverGroup::Milestones, true))
            .apply(Action::ApplyLink(Link::default()));
        // Going Back to the link the page started with undoes every choice but the layout.
        assert_eq!(moved.scenario, Scenario::default());
        assert_eq!(moved.pinned, None);
        assert_eq!(moved.lang, Lang::Nb);
        assert_eq!(moved.selected, None);
        assert_eq!(moved.solution, moved.default_solution);
        assert!(moved.open_groups.contains(&LeverGroup::Milestones));
        // And Forward redoes them.
        let again = moved.apply(Action::ApplyLink(linked.link()));
        assert_eq!(again.link(), linked.link());
        assert_eq!(again.scenario.actor("kommune_plo").delay, 30);
    }

    #[test]
    fn a_pinned_scenario_stays_put_while_the_levers_move_until_unpinned() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 12.0))
            .apply(Action::PinCurrent)
            .apply(Action::Slide(delay("kommune_plo"), 30.0));
        assert_eq!(
            s.pinned.as_ref().map(|p| p.actor("kommune_plo").delay),
            Some(12)
        );
        assert_eq!(s.scenario.actor("kommune_plo").delay, 30);
        assert!(s.link().pinned.is_some(), "the comparison is in the link");
        let s = s.apply(Action::Unpin);
        assert_eq!(s.pinned, None);
        assert_eq!(s.scenario.actor("kommune_plo").delay, 30);
        // The baseline can be pinned too: it is the scenario with no levers moved.
        let baseline = UiState::new(&roadmap()).apply(Action::PinCurrent);
        assert_eq!(baseline.pinned, Some(Scenario::default()));
    }

    #[test]
    fn a_broken_link_keeps_its_good_parts_and_lists_the_rest_until_dismissed() {
        let r = roadmap();
        let s = UiState::opened_with(&r, "v=1&a1d=12&a2s=fast&lang=xx&zz=1");
        assert_eq!(s.scenario.actor("kommune_plo").delay, 12);
        assert_eq!(s.lang, Lang::Nb);
        let params: Vec<&str> = s.notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["a2s", "lang", "zz"]);
        // A link applied later (Back, Forward) does not bring the notices back or clear them.
        let s = s.apply(Action::ApplyLink(Link::default()));
        assert_eq!(s.notices.len(), 3);
        let s = s.apply(Action::DismissNotices);
        assert!(s.notices.is_empty());
        assert_eq!(s.scenario, Scenario::default());
    }

    #[test]
    fn a_mandate_lever_is_kept_until_reset() {
        let at = MandateLever::At(crate::model::Month::new(2027, 1));
        let lever = Lever::Mandate("kommune_plo".into(), "pll".into());
        let s = UiState::new(&roadmap()).apply(Action::SetMandate(lever.clone(), at));
        assert_eq!(s.scenario.actor("kommune_plo").mandate("pll"), at);
        assert_eq!(
            s.scenario.actor("kommune_plo").mandate("dho"),
            MandateLever::AsData
        );
        let s = s.apply(Action::Reset(lever));
        assert_eq!(s.scenario.actor("kommune_plo"), ActorLevers::default());
    }

    #[test]
    fn an_entry_outside_a_lever_range_is_corrected_to_the_nearest_end() {
        let delay = Scale::of(LeverKind::Delay);
        assert_eq!(delay.correction(12.0), None);
        assert_eq!(delay.correction(999.0), Some(Some(48.0)));
        assert_eq!(delay.correction(-3.0), Some(Some(0.0)));
        assert_eq!(delay.correction(f64::NAN), Some(None));
        assert_eq!(
            Scale::of(LeverKind::Speed).correction(0.1),
            Some(Some(0.25))
        );
    }

    #[test]
    fn switching_to_from_today_names_the_levers_it_does_not_offer() {
        let r = roadmap();
        let happened = r
            .milestones
            .iter()
            .find(|m| m.actual.is_some())
            .expect("a milestone that happened")
            .id
            .clone();
        let s = UiState::new(&r)
            .apply(Action::SetQuestion(Question::Since2021))
            .apply(Action::Slide(Lever::MilestoneDelay(happened.clone()), 6.0))
            .apply(Action::Slide(delay("kommune_plo"), 6.0))
            .apply(Action::SetMandate(
                Lever::Mandate("kommune_plo".into(), "pll".into()),
                MandateLever::At(r.meta.start.plus(3)),
            ));
        let gone = not_offered_in(&r, &s.scenario, Question::FromToday);
        assert!(gone.contains(&Lever::MilestoneDelay(happened)));
        assert!(gone.contains(&Lever::Mandate("kommune_plo".into(), "pll".into())));
        assert!(!gone.contains(&delay("kommune_plo")));
        assert!(not_offered_in(&r, &s.scenario, Question::Since2021).is_empty());
        let (first, _) = mandate_range(&r, Question::FromToday);
        assert_eq!(first, r.meta.data_date.plus(1));
    }
}
