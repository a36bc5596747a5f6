//! The milestone levers: extra delay per milestone, or a line saying why the question does not
//! offer it (delaying what has happened).

use litemap::LiteMap;
use yew::prelude::*;

use super::slider::SliderLever;
use crate::describe::not_offered_text;
use crate::i18n::fill;
use crate::insight::lever_name;
use crate::scenario::{Question, Scenario};
use crate::ui_state::{name_matches, shown_value, Lever};
use crate::web::context::AppContext;
use crate::web::show_milestone;

pub struct MilestoneLeversProps {
    pub question: Question,
    /// The scenario's milestone levers.
    pub levers: LiteMap<String, crate::scenario::MilestoneLevers>,
    /// What the lever filter holds: only milestones whose name matches are shown.
    pub filter: AttrValue,
}

pub fn milestone_levers(app: &AppContext, props: &MilestoneLeversProps) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    // What the sliders read: these levers, nothing else.
    let scenario = Scenario {
        question: props.question,
        milestones: props.levers.clone(),
        ..Scenario::default()
    };
    roadmap
        .milestones
        .iter()
        .filter(|m| name_matches(m.name.get(lang), &props.filter))
        .map(|m| {
            let lever = Lever::MilestoneDelay(m.id.clone());
            let name = m.name.get(lang);
            if let Err(why) = lever.offered(roadmap, props.question) {
                return html! {
                    <p class="lever-not-offered" id={format!("lever-{}-extra-why", m.id)}>
                        <span class="lever-name">{ name }{ ": " }</span>
                        { not_offered_text(&why, lang) }
                    </p>
                };
            }
            let reset_label = fill(
                s.reset_lever,
                &[("lever", &lever_name(roadmap, &lever, lang))],
            );
            let show = {
                let (dispatch, id) = (app.dispatch.clone(), m.id.clone());
                Callback::from(move |_: MouseEvent| show_milestone(&dispatch, &id))
            };
            html! {
                <>
                <SliderLever
                    value={shown_value(&lever, &scenario)}
                    label={name.to_string()}
                    unit={s.unit_months}
                    {reset_label}
                    {lever}
                />
                <button type="button" class="link show-milestone" id={format!("show-{}", m.id)} onclick={show}>
                    { s.show_milestone }
                </button>
                </>
            }
        })
        .collect()
}
