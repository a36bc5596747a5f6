//! The browser app's state and the actions that change it: plain data and a pure reducer, so the
//! whole interaction logic is tested natively. The Yew side only wraps [`UiState::apply`].

use std::collections::BTreeSet;

use crate::model::{Lang, Preset, Roadmap};
use crate::scenario::link::{decode, Link, Notice, View};
use crate::scenario::{limits, MandateLever, Scenario, Schedule};

/// A lever set with a slider, named by the actor group or milestone it acts on.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slider {
    /// Adoption speed multiplier, ×0.25–×3.
    Speed(String),
    /// Months before the actor group starts, 0–48.
    Delay(String),
    /// Adoption ceiling in percent of the data's ceiling, 0–100.
    Ceiling(String),
    /// Extra months for one milestone, 0–48.
    MilestoneDelay(String),
}

/// A slider's range in the units it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl Scale {
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

impl Slider {
    pub fn target(&self) -> &str {
        match self {
            Slider::Speed(id)
            | Slider::Delay(id)
            | Slider::Ceiling(id)
            | Slider::MilestoneDelay(id) => id,
        }
    }

    pub fn scale(&self) -> Scale {
        let months = |(lo, hi): (u32, u32)| Scale {
            min: lo as f64,
            max: hi as f64,
            step: 1.0,
        };
        match self {
            Slider::Speed(_) => Scale {
                min: limits::SPEED.0,
                max: limits::SPEED.1,
                step: 0.05,
            },
            Slider::Delay(_) => months(limits::DELAY_MONTHS),
            Slider::Ceiling(_) => Scale {
                min: limits::CEILING.0 * 100.0,
                max: limits::CEILING.1 * 100.0,
                step: 1.0,
            },
            Slider::MilestoneDelay(_) => months(limits::MILESTONE_DELAY_MONTHS),
        }
    }

    /// The value in the slider's units (the ceiling in percent).
    pub fn value(&self, scenario: &Scenario) -> f64 {
        match self {
            Slider::Speed(a) => scenario.actor(a).speed,
            Slider::Delay(a) => scenario.actor(a).delay as f64,
            Slider::Ceiling(a) => (scenario.actor(a).ceiling * 100.0 * 1e6).round() / 1e6,
            Slider::MilestoneDelay(m) => scenario.milestone_delay(m) as f64,
        }
    }

    /// Sets the value, clamped to the scale; months are whole.
    fn set(&self, scenario: &mut Scenario, value: f64) {
        if !value.is_finite() {
            return;
        }
        let scale = self.scale();
        let v = value.clamp(scale.min, scale.max);
        match self {
            Slider::Speed(a) => actor_entry(scenario, a).speed = v,
            Slider::Delay(a) => actor_entry(scenario, a).delay = v.round() as u32,
            Slider::Ceiling(a) => actor_entry(scenario, a).ceiling = v / 100.0,
            Slider::MilestoneDelay(m) => {
                scenario.milestones.entry(m.clone()).or_default().delay = v.round() as u32
            }
        }
    }
}

fn actor_entry<'a>(scenario: &'a mut Scenario, id: &str) -> &'a mut crate::scenario::ActorLevers {
    scenario.actors.entry(id.to_string()).or_default()
}

/// Anything a user can set and reset on its own.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Lever {
    Slider(Slider),
    /// An actor group's legal duty to adopt.
    Mandate(String),
}

impl Lever {
    /// Every lever that differs from its default in a scenario.
    pub fn changed_in(scenario: &Scenario) -> Vec<Lever> {
        let mut out = Vec::new();
        for (id, l) in &scenario.actors {
            let d = crate::scenario::ActorLevers::default();
            let actor = |make: fn(String) -> Slider| Lever::Slider(make(id.clone()));
            if l.speed != d.speed {
                out.push(actor(Slider::Speed));
            }
            if l.delay != d.delay {
                out.push(actor(Slider::Delay));
            }
            if l.ceiling != d.ceiling {
                out.push(actor(Slider::Ceiling));
            }
            if l.mandate != d.mandate {
                out.push(Lever::Mandate(id.clone()));
            }
        }
        for (id, l) in &scenario.milestones {
            if l.delay != 0 {
                out.push(Lever::Slider(Slider::MilestoneDelay(id.clone())));
            }
        }
        out
    }

    /// The scenario with this lever back at its default, everything else kept.
    pub fn reset_in(&self, scenario: &Scenario) -> Scenario {
        let mut s = scenario.clone();
        let defaults = crate::scenario::ActorLevers::default();
        match self {
            Lever::Slider(Slider::Speed(a)) => actor_entry(&mut s, a).speed = defaults.speed,
            Lever::Slider(Slider::Delay(a)) => actor_entry(&mut s, a).delay = defaults.delay,
            Lever::Slider(Slider::Ceiling(a)) => actor_entry(&mut s, a).ceiling = defaults.ceiling,
            Lever::Mandate(a) => actor_entry(&mut s, a).mandate = defaults.mandate,
            Lever::Slider(Slider::MilestoneDelay(m)) => {
                s.milestones.remove(m);
            }
        }
        s.normalised()
    }
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
    Slide(Slider, f64),
    SetMandate(String, MandateLever),
    Reset(Lever),
    ResetAll,
    /// Replaces every lever with a preset's, or with an imported scenario file's.
    ApplyPreset(Scenario),
    SetSchedule(Schedule),
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
}

#[derive(Clone, Debug, PartialEq)]
pub struct UiState {
    /// Always normalised: levers at their defaults are absent, so equal scenarios compare equal.
    pub scenario: Scenario,
    pub solution: String,
    pub selected: Option<String>,
    pub lang: Lang,
    pub open_groups: BTreeSet<LeverGroup>,
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
            open_groups: [LeverGroup::Providers, LeverGroup::Vendors].into(),
            pinned: None,
            view: View::All,
            embed: false,
            notices: Vec::new(),
            default_solution: solution,
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
        }
    }

    pub fn apply(self, action: Action) -> UiState {
        let mut next = self;
        match action {
            Action::Slide(slider, value) => {
                slider.set(&mut next.scenario, value);
                next.scenario = next.scenario.normalised();
            }
            Action::SetMandate(actor, mandate) => {
                actor_entry(&mut next.scenario, &actor).mandate = mandate;
                next.scenario = next.scenario.normalised();
            }
            Action::Reset(lever) => next.scenario = lever.reset_in(&next.scenario),
            Action::ResetAll => {
                next.scenario = Scenario {
                    schedule: next.scenario.schedule,
                    ..Scenario::default()
                }
            }
            Action::ApplyPreset(scenario) => next.scenario = scenario.normalised(),
            Action::SetSchedule(schedule) => next.scenario.schedule = schedule,
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
                if open {
                    next.open_groups.insert(group);
                } else {
                    next.open_groups.remove(&group);
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
            }
            Action::PinCurrent => next.pinned = Some(next.scenario.clone()),
            Action::Unpin => next.pinned = None,
            Action::DismissNotices => next.notices.clear(),
        }
        next
    }
}

/// The preset whose levers a (normalised) scenario has, if any.
pub fn active_preset<'a>(roadmap: &'a Roadmap, scenario: &Scenario) -> Option<&'a Preset> {
    roadmap
        .presets
        .iter()
        .find(|p| p.scenario.clone().normalised() == *scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
    use crate::scenario::ActorLevers;

    fn roadmap() -> Roadmap {
        load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("the default roadmap loads")
    }

    fn delay(actor: &str) -> Slider {
        Slider::Delay(actor.into())
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
            .apply(Action::Slide(Slider::Speed("fastlege".into()), 9.0))
            .apply(Action::Slide(Slider::Ceiling("fastlege".into()), 70.0));
        let plo = s.scenario.actor("kommune_plo");
        assert_eq!(plo.delay, 12);
        let gp = s.scenario.actor("fastlege");
        assert_eq!(gp.speed, 3.0);
        assert!((gp.ceiling - 0.7).abs() < 1e-12);
        assert_eq!(Slider::Ceiling("fastlege".into()).value(&s.scenario), 70.0);
        assert_eq!(delay("kommune_plo").value(&s.scenario), 12.0);
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
            .apply(Action::Slide(Slider::Speed("kommune_plo".into()), 0.5))
            .apply(Action::Slide(Slider::MilestoneDelay("m".into()), 3.0))
            .apply(Action::SetSchedule(Schedule::Plan));
        let one = s
            .clone()
            .apply(Action::Reset(Lever::Slider(delay("kommune_plo"))));
        assert_eq!(one.scenario.actor("kommune_plo").delay, 0);
        assert_eq!(one.scenario.actor("kommune_plo").speed, 0.5);
        assert_eq!(one.scenario.milestone_delay("m"), 3);
        let all = s.apply(Action::ResetAll);
        assert_eq!(
            all.scenario,
            Scenario {
                schedule: Schedule::Plan,
                ..Scenario::default()
            }
        );
    }

    #[test]
    fn changed_levers_are_listed_and_each_resets_alone() {
        let s = UiState::new(&roadmap())
            .apply(Action::Slide(delay("kommune_plo"), 6.0))
            .apply(Action::SetMandate("fastlege".into(), MandateLever::Off))
            .apply(Action::Slide(Slider::MilestoneDelay("m".into()), 3.0));
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
        let Some(preset) = r.presets.iter().find(|p| p.scenario != Scenario::default()) else {
            return; // a roadmap without presets has nothing to recognise
        };
        let s = UiState::new(&r)
            .apply(Action::Slide(delay("kommune_plo"), 47.0))
            .apply(Action::ApplyPreset(preset.scenario.clone()));
        assert_eq!(s.scenario, preset.scenario.clone().normalised());
        assert_eq!(
            active_preset(&r, &s.scenario).map(|p| &p.id),
            Some(&preset.id)
        );
        let moved = s.apply(Action::Slide(Slider::Speed("kommune_plo".into()), 2.95));
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
        let s = UiState::new(&roadmap()).apply(Action::SetMandate("kommune_plo".into(), at));
        assert_eq!(s.scenario.actor("kommune_plo").mandate, at);
        let s = s.apply(Action::Reset(Lever::Mandate("kommune_plo".into())));
        assert_eq!(s.scenario.actor("kommune_plo"), ActorLevers::default());
    }

    #[test]
    fn an_entry_outside_a_lever_range_is_corrected_to_the_nearest_end() {
        let delay = Slider::Delay("kommune_plo".into()).scale();
        assert_eq!(delay.correction(12.0), None);
        assert_eq!(delay.correction(999.0), Some(Some(48.0)));
        assert_eq!(delay.correction(-3.0), Some(Some(0.0)));
        assert_eq!(delay.correction(f64::NAN), Some(None));
        assert_eq!(
            Slider::Speed("x".into()).scale().correction(0.1),
            Some(Some(0.25))
        );
    }
}
