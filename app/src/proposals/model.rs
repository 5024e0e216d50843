//! The rules of service-development proposals, shared by the server and the browser:
//! the stages and who may move a proposal between them, the template's sections and the
//! assessment's criteria, and what a proposal needs before it can be submitted or decided.

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::core::roles::{Role, SessionUser};
use crate::error::FieldError;
use crate::services::model::{keyed, Text};

keyed! {
    /// Where a proposal is on its way from an idea to a changed service.
    Stage {
        Draft = "draft" => StageDraft,
        Submitted = "submitted" => StageSubmitted,
        InReview = "in-review" => StageInReview,
        ChangesRequested = "changes-requested" => StageChangesRequested,
        Approved = "approved" => StageApproved,
        Rejected = "rejected" => StageRejected,
        Piloting = "piloting" => StagePiloting,
        Implemented = "implemented" => StageImplemented,
    }
}

keyed! {
    /// A move between stages.
    Transition {
        Submit = "submit" => TransitionSubmit,
        StartReview = "start-review" => TransitionStartReview,
        Approve = "approve" => TransitionApprove,
        RequestChanges = "request-changes" => TransitionRequestChanges,
        Reject = "reject" => TransitionReject,
        StartPilot = "start-pilot" => TransitionStartPilot,
        Implement = "implement" => TransitionImplement,
    }
}

keyed! {
    /// The GOV.UK Service Standard's rating of one criterion.
    Rating {
        Green = "green" => RatingGreen,
        Amber = "amber" => RatingAmber,
        Red = "red" => RatingRed,
    }
}

impl Stage {
    /// The stage a transition leads to from this one, or `None` when it does not apply.
    pub fn after(self, transition: Transition) -> Option<Stage> {
        use Stage::*;
        use Transition::*;
        match (self, transition) {
            (Draft | ChangesRequested, Submit) => Some(Submitted),
            (Submitted, StartReview) => Some(InReview),
            (InReview, Approve) => Some(Approved),
            (InReview, RequestChanges) => Some(ChangesRequested),
            (InReview, Reject) => Some(Rejected),
            (Approved, StartPilot) => Some(Piloting),
            (Piloting, Implement) => Some(Implemented),
            _ => None,
        }
    }

    /// Only the proposer writes, and only before the team has it or after it asked for changes.
    pub fn editable(self) -> bool {
        matches!(self, Stage::Draft | Stage::ChangesRequested)
    }

    /// The stages the pipeline board shows, in the order work flows.
    pub const BOARD: [Stage; 8] = [
        Stage::Draft,
        Stage::Submitted,
        Stage::InReview,
        Stage::ChangesRequested,
        Stage::Approved,
        Stage::Piloting,
        Stage::Implemented,
        Stage::Rejected,
    ];
}

impl Transition {
    /// Decisions explain themselves to the proposer: a reason is required.
    pub fn needs_comment(self) -> bool {
        matches!(self, Transition::RequestChanges | Transition::Reject)
    }

    /// The decisions an assessment ends with.
    pub const DECISIONS: [Transition; 3] = [Transition::Approve, Transition::RequestChanges, Transition::Reject];
}

/// Members of the public service development team run the review; administrators may
/// stand in for them.
pub fn is_development_team(person: &SessionUser) -> bool {
    person.has_role(Role::DevelopmentTeam) || person.is_administrator()
}

/// Whether `person` may make `transition` on a proposal written by `proposer_id`.
/// The proposer submits; the development team does everything else, but never on a
/// proposal of their own (nobody approves their own idea).
pub fn may_move(person: &SessionUser, proposer_id: i32, transition: Transition) -> bool {
    let is_proposer = person.id == proposer_id;
    match transition {
        Transition::Submit => is_proposer,
        _ => is_development_team(person) && !is_proposer,
    }
}

/// One version of the proposal template: the sections a proposer fills in and the
/// criteria the development team assesses against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub version: i32,
    pub sections: Vec<Text>,
    pub criteria: Vec<Text>,
}

/// The longest answer to one section a proposal may be submitted with.
pub const SECTION_MAX: usize = 5000;
pub const TITLE_MAX: usize = 200;

/// What blocks submitting: a title, an intended owner and every section answered, none too
/// long. Field names match the form (`title`, `intended_owner`, `sections[i]`).
pub fn submit_errors(title: &str, intended_owner: &str, answers: &[String], template: &Template) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(error) = title_error(title) {
        errors.push(error);
    }
    if intended_owner.trim().is_empty() || intended_owner.chars().count() > TITLE_MAX {
        errors.push(FieldError::new("intended_owner", Msg::ValProposalOwner));
    }
    for index in 0..template.sections.len() {
        let answer = answers.get(index).map(|a| a.trim()).unwrap_or("");
        if answer.is_empty() {
            errors.push(FieldError::new(&format!("sections[{index}]"), Msg::ValProposalSection));
        } else if answer.chars().count() > SECTION_MAX {
            errors.push(FieldError::new(&format!("sections[{index}]"), Msg::ValProposalSectionLong).with_param("max", SECTION_MAX));
        }
    }
    errors
}

pub fn title_error(title: &str) -> Option<FieldError> {
    let length = title.trim().chars().count();
    (length == 0 || length > TITLE_MAX).then(|| FieldError::new("title", Msg::ValProposalTitle).with_param("max", TITLE_MAX))
}

/// The template editor's text areas (one item per line, per language) made into items.
/// Estonian is required; English and Russian, when given, must have as many lines.
pub fn parse_lines(field: &str, et: &str, en: &str, ru: &str, min: usize) -> Result<Vec<Text>, FieldError> {
    let lines = |text: &str| text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let (et, en, ru) = (lines(et), lines(en), lines(ru));
    if et.len() < min || et.len() > 30 || et.iter().chain(&en).chain(&ru).any(|l| l.chars().count() > TITLE_MAX) {
        return Err(FieldError::new(&format!("{field}_et"), Msg::ValTemplateLines).with_param("min", min));
    }
    for (name, other) in [("en", &en), ("ru", &ru)] {
        if !other.is_empty() && other.len() != et.len() {
            return Err(FieldError::new(&format!("{field}_{name}"), Msg::ValTemplateLineCount).with_param("count", et.len()));
        }
    }
    Ok(et
        .iter()
        .enumerate()
        .map(|(i, line)| Text { et: line.clone(), en: en.get(i).cloned(), ru: ru.get(i).cloned() })
        .collect())
}

/// The text areas' contents for one language, one item per line.
pub fn join_lines(items: &[Text], language: fn(&Text) -> Option<&str>) -> String {
    items.iter().map(|t| language(t).unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// One criterion's rating as the team wrote it. The criterion's text is copied in, so
/// an assessment reads the same after the template changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rated {
    pub criterion: Text,
    pub rating: Option<Rating>,
    pub comment: String,
}

/// An action the assessment asks for: what, who, by when (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentAction {
    pub description: String,
    pub owner: String,
    pub due: String,
}

/// The assessment form as posted: per criterion a rating key ("" = not rated yet) and a
/// comment; the action rows (blank rows are ignored); a summary; a decision or none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssessmentForm {
    pub ratings: Vec<String>,
    pub comments: Vec<String>,
    pub action_descriptions: Vec<String>,
    pub action_owners: Vec<String>,
    pub action_dues: Vec<String>,
    pub summary: String,
    pub decision: Option<Transition>,
}

/// The assessment checked and read: the ratings per criterion and the actions, or the
/// errors next to the fields they concern.
pub fn parse_assessment(form: &AssessmentForm, criteria: &[Text]) -> Result<(Vec<Rated>, Vec<AssessmentAction>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut rated = Vec::new();
    for (index, criterion) in criteria.iter().enumerate() {
        let key = form.ratings.get(index).map(|r| r.trim()).unwrap_or("");
        let comment = form.comments.get(index).map(|c| c.trim().to_owned()).unwrap_or_default();
        let rating = if key.is_empty() { None } else { Rating::from_key(key) };
        if rating.is_none() && !key.is_empty() {
            errors.push(FieldError::new(&format!("ratings[{index}]"), Msg::ValRating));
        }
        if rating.is_none() && form.decision.is_some() {
            errors.push(FieldError::new(&format!("ratings[{index}]"), Msg::ValRatingNeeded));
        }
        if matches!(rating, Some(Rating::Amber | Rating::Red)) && comment.is_empty() {
            errors.push(FieldError::new(&format!("comments[{index}]"), Msg::ValRatingComment));
        }
        if comment.chars().count() > SECTION_MAX {
            errors.push(FieldError::new(&format!("comments[{index}]"), Msg::ValProposalSectionLong).with_param("max", SECTION_MAX));
        }
        rated.push(Rated { criterion: criterion.clone(), rating, comment });
    }
    let mut actions = Vec::new();
    for index in 0..form.action_descriptions.len() {
        let part = |list: &Vec<String>| list.get(index).map(|v| v.trim().to_owned()).unwrap_or_default();
        let (description, owner, due) = (part(&form.action_descriptions), part(&form.action_owners), part(&form.action_dues));
        if description.is_empty() && owner.is_empty() && due.is_empty() {
            continue;
        }
        if description.is_empty() || description.chars().count() > TITLE_MAX * 5 {
            errors.push(FieldError::new(&format!("action_descriptions[{index}]"), Msg::ValActionDescription));
        }
        if owner.is_empty() || owner.chars().count() > TITLE_MAX {
            errors.push(FieldError::new(&format!("action_owners[{index}]"), Msg::ValActionOwner));
        }
        if crate::core::dates::parse_date(&due).is_none() {
            errors.push(FieldError::new(&format!("action_dues[{index}]"), Msg::ValDate));
        }
        actions.push(AssessmentAction { description, owner, due });
    }
    match form.decision {
        Some(Transition::Approve) if rated.iter().any(|r| r.rating == Some(Rating::Red)) => {
            errors.push(FieldError::new("decision", Msg::ValApproveWithRed));
        }
        Some(decision) if decision.needs_comment() && form.summary.trim().is_empty() => {
            errors.push(FieldError::new("summary", Msg::ValDecisionReason));
        }
        _ => {}
    }
    if form.summary.chars().count() > SECTION_MAX {
        errors.push(FieldError::new("summary", Msg::ValProposalSectionLong).with_param("max", SECTION_MAX));
    }
    if errors.is_empty() {
        Ok((rated, actions))
    } else {
        Err(errors)
    }
}

/// What of a refused assessment is kept: the ratings that are ratings, every comment,
/// and the whole action rows. The team never loses its notes to one missing field.
pub fn draft_assessment(form: &AssessmentForm, criteria: &[Text]) -> (Vec<Rated>, Vec<AssessmentAction>) {
    let rated = criteria
        .iter()
        .enumerate()
        .map(|(index, criterion)| Rated {
            criterion: criterion.clone(),
            rating: form.ratings.get(index).and_then(|key| Rating::from_key(key.trim())),
            comment: form.comments.get(index).map(|c| c.trim().chars().take(SECTION_MAX).collect()).unwrap_or_default(),
        })
        .collect();
    let whole = AssessmentForm { decision: None, summary: String::new(), ratings: Vec::new(), comments: Vec::new(), ..form.clone() };
    let actions = (0..whole.action_descriptions.len())
        .filter_map(|index| {
            let row = AssessmentForm {
                action_descriptions: vec![whole.action_descriptions[index].clone()],
                action_owners: vec![whole.action_owners.get(index).cloned().unwrap_or_default()],
                action_dues: vec![whole.action_dues.get(index).cloned().unwrap_or_default()],
                ..AssessmentForm::default()
            };
            parse_assessment(&row, &[]).ok().and_then(|(_, mut actions)| actions.pop())
        })
        .collect();
    (rated, actions)
}

/// Version 1 of the template: the sections of the city's proposal form, and 14 criteria
/// after the GOV.UK Service Standard, adapted to a city.
pub fn first_template() -> Template {
    let text = |et: &str, en: &str, ru: &str| Text::new(et, en).with_ru(ru);
    Template {
        version: 1,
        sections: vec![
            text("Probleem: mis ei toimi ja kelle jaoks?", "Problem: what does not work, and for whom?", "Проблема: что не работает и для кого?"),
            text("Mõjutatud kasutajad ja nende arv", "Affected users and how many", "Затронутые пользователи и их число"),
            text("Tõendid (kasutajauuring, kaebused, andmed)", "Evidence (user research, complaints, data)", "Доказательства (исследование пользователей, жалобы, данные)"),
            text("Praegune protsess", "Current process", "Текущий процесс"),
            text("Kavandatud muudatus", "Proposed change", "Предлагаемое изменение"),
            text("Prototüüp ja mida testimine näitas", "Prototype and what testing showed", "Прототип и что показало тестирование"),
            text("Vajalik IT-komponent", "IT component needed", "Необходимый ИТ-компонент"),
            text("Oodatav kasu", "Expected benefits", "Ожидаемая польза"),
            text("Kulud ja ressursid", "Costs and resources", "Затраты и ресурсы"),
            text("Riskid", "Risks", "Риски"),
            text("Mõõdikud (KPI): kuidas teame, et see toimib?", "KPIs: how will we know it works?", "Показатели (KPI): как мы узнаем, что это работает?"),
            text("Ajakava", "Timeline", "Сроки"),
        ],
        criteria: vec![
            text("Mõistab kasutajaid ja nende vajadusi", "Understands users and their needs", "Понимает пользователей и их потребности"),
            text("Lahendab kasutaja probleemi tervikuna", "Solves a whole problem for users", "Решает проблему пользователя целиком"),
            text("Ühtne kogemus kõigis kanalites (veeb, telefon, teenindus)", "A joined-up experience across every channel (web, phone, service desk)", "Единый опыт во всех каналах (веб, телефон, обслуживание)"),
            text("Teenus on lihtne kasutada", "The service is simple to use", "Услугой просто пользоваться"),
            text("Igaüks saab teenust kasutada (ligipääsetavus, keeled)", "Everyone can use it (accessibility, languages)", "Каждый может пользоваться услугой (доступность, языки)"),
            text("Teenusel on nimeline omanik ja meeskond", "The service has a named owner and a team", "У услуги есть названный владелец и команда"),
            text("Arendatakse väikeste sammudena ja kasutajatega testides", "Built in small steps, tested with users", "Разрабатывается малыми шагами с тестированием на пользователях"),
            text("Andmeid küsitakse vaid korra", "Data is asked for only once", "Данные запрашиваются только один раз"),
            text("Turvaline ja kaitseb isikuandmeid", "Secure, and protects personal data", "Безопасна и защищает личные данные"),
            text("Edu on mõõdetav ja tulemused avaldatakse", "Success is measurable and results are published", "Успех измерим, результаты публикуются"),
            text("Kasutab linna ja riigi ühiskomponente (TARA, X-tee, eesti.ee)", "Reuses the city's and the state's components (TARA, X-Road, eesti.ee)", "Использует общие компоненты города и государства (TARA, X-tee, eesti.ee)"),
            text("Avatud standardid ja avatud lähtekood", "Open standards and open source code", "Открытые стандарты и открытый исходный код"),
            text("Kulud on põhjendatud ja rahastus olemas", "Costs are justified and funded", "Затраты обоснованы и есть финансирование"),
            text("Teenus töötab usaldusväärselt ja sellel on tugi", "The service runs reliably and has support", "Услуга работает надёжно и имеет поддержку"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::roles::RoleGrant;

    fn person(id: i32, roles: &[Role]) -> SessionUser {
        SessionUser {
            id,
            name: "Test".into(),
            email: "t@raekoda.test".into(),
            roles: roles.iter().map(|&role| RoleGrant { role, institution_id: None }).collect(),
            email_verified: true,
            locale: Default::default(),
        }
    }

    #[test]
    fn the_workflow_goes_draft_to_implemented_with_a_loop_for_changes() {
        use Stage::*;
        use Transition::*;
        let path = [Submit, StartReview, RequestChanges, Submit, StartReview, Approve, StartPilot, Implement];
        let mut stage = Draft;
        for step in path {
            stage = stage.after(step).unwrap_or_else(|| panic!("{step:?} from {stage:?}"));
        }
        assert_eq!(stage, Implemented);
        assert_eq!(InReview.after(Reject), Some(Rejected));
    }

    #[test]
    fn no_stage_can_be_skipped_and_ended_ones_stay_ended() {
        use Stage::*;
        use Transition::*;
        assert_eq!(Draft.after(Approve), None);
        assert_eq!(Submitted.after(Approve), None);
        assert_eq!(Approved.after(Implement), None);
        assert_eq!(InReview.after(Submit), None);
        for transition in Transition::ALL {
            assert_eq!(Rejected.after(*transition), None);
            assert_eq!(Implemented.after(*transition), None);
        }
        assert!(Draft.editable() && ChangesRequested.editable());
        assert!(!Submitted.editable() && !InReview.editable() && !Approved.editable());
    }

    #[test]
    fn the_proposer_submits_and_the_team_decides_but_not_on_its_own_proposals() {
        let proposer = person(1, &[Role::ServiceOwner]);
        let team = person(2, &[Role::DevelopmentTeam]);
        let admin = person(3, &[Role::Administrator]);
        let other = person(4, &[Role::RoomManager]);
        assert!(may_move(&proposer, 1, Transition::Submit));
        assert!(!may_move(&team, 1, Transition::Submit));
        for transition in [Transition::StartReview, Transition::Approve, Transition::RequestChanges, Transition::Reject, Transition::StartPilot, Transition::Implement] {
            assert!(may_move(&team, 1, transition), "{transition:?}");
            assert!(may_move(&admin, 1, transition), "{transition:?}");
            assert!(!may_move(&proposer, 1, transition), "{transition:?}");
            assert!(!may_move(&other, 1, transition), "{transition:?}");
            assert!(!may_move(&team, 2, transition), "own proposal {transition:?}");
        }
    }

    #[test]
    fn submitting_needs_every_section_and_names_the_missing_ones() {
        let template = first_template();
        let mut answers = vec!["Vastus".to_owned(); template.sections.len()];
        assert!(submit_errors("Parem parkimisluba", "Tiina Teenusomanik", &answers, &template).is_empty());
        answers[3] = "  ".into();
        answers[5] = "x".repeat(SECTION_MAX + 1);
        let errors = submit_errors("", "", &answers, &template);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "intended_owner", "sections[3]", "sections[5]"]);
        assert_eq!(errors[3].message, Msg::ValProposalSectionLong);
        // A draft written on a shorter template is missing the newer sections.
        let short = submit_errors("T", "O", &answers[..2], &template);
        assert_eq!(short.len(), template.sections.len() - 2);
    }

    #[test]
    fn template_lines_pair_up_by_language() {
        let items = parse_lines("sections", "Probleem\n\n Lahendus ", "Problem\nSolution", "", 2).unwrap();
        assert_eq!(items, vec![Text::new("Probleem", "Problem"), Text::new("Lahendus", "Solution")]);
        assert_eq!(join_lines(&items, |t| t.en.as_deref()), "Problem\nSolution");
        assert_eq!(join_lines(&items, |t| Some(t.et.as_str())), "Probleem\nLahendus");
        let error = parse_lines("sections", "Probleem\nLahendus", "Problem", "", 2).unwrap_err();
        assert_eq!((error.field.as_str(), error.message), ("sections_en", Msg::ValTemplateLineCount));
        assert_eq!(parse_lines("criteria", "Üks", "", "", 2).unwrap_err().field, "criteria_et");
    }

    #[test]
    fn the_first_template_has_twelve_sections_and_fourteen_criteria_in_three_languages() {
        let template = first_template();
        assert_eq!((template.sections.len(), template.criteria.len()), (12, 14));
        assert!(template.sections.iter().chain(&template.criteria).all(|t| t.en.is_some() && t.ru.is_some()));
    }

    fn form(ratings: &[&str], comments: &[&str]) -> AssessmentForm {
        AssessmentForm {
            ratings: ratings.iter().map(|r| (*r).to_owned()).collect(),
            comments: comments.iter().map(|c| (*c).to_owned()).collect(),
            ..AssessmentForm::default()
        }
    }

    #[test]
    fn an_assessment_can_be_saved_half_done_but_not_decided_half_done() {
        let criteria = vec![Text::new("A", "A"), Text::new("B", "B")];
        let (rated, actions) = parse_assessment(&form(&["green", ""], &["", ""]), &criteria).unwrap();
        assert_eq!((rated[0].rating, rated[1].rating, actions.len()), (Some(Rating::Green), None, 0));
        let mut deciding = form(&["green", ""], &["", ""]);
        deciding.decision = Some(Transition::Approve);
        let errors = parse_assessment(&deciding, &criteria).unwrap_err();
        assert_eq!(errors[0].field, "ratings[1]");
    }

    #[test]
    fn amber_and_red_need_a_comment_and_red_blocks_approval() {
        let criteria = vec![Text::new("A", "A"), Text::new("B", "B")];
        let errors = parse_assessment(&form(&["amber", "red"], &["", "Puudub"]), &criteria).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["comments[0]"]);
        let mut approving = form(&["green", "red"], &["", "Puudub"]);
        approving.decision = Some(Transition::Approve);
        assert_eq!(parse_assessment(&approving, &criteria).unwrap_err()[0].message, Msg::ValApproveWithRed);
        let mut asking = form(&["green", "amber"], &["", "Testi rohkem"]);
        asking.decision = Some(Transition::RequestChanges);
        assert_eq!(parse_assessment(&asking, &criteria).unwrap_err()[0].field, "summary");
        asking.summary = "Palun testige".into();
        assert!(parse_assessment(&asking, &criteria).is_ok());
    }

    #[test]
    fn action_rows_are_whole_or_blank() {
        let criteria = vec![Text::new("A", "A")];
        let mut with_actions = form(&["amber"], &["Testida seenioridega"]);
        with_actions.action_descriptions = vec!["Testida viie seenioriga".into(), "".into(), "Pool".into()];
        with_actions.action_owners = vec!["Tiina".into(), "".into(), "".into()];
        with_actions.action_dues = vec!["2027-01-15".into(), "".into(), "15.01.2027".into()];
        let errors = parse_assessment(&with_actions, &criteria).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["action_owners[2]", "action_dues[2]"]);
        let (rated, kept) = draft_assessment(&with_actions, &criteria);
        assert_eq!((rated[0].rating, kept.len()), (Some(Rating::Amber), 1));
        with_actions.action_descriptions.truncate(2);
        let (_, actions) = parse_assessment(&with_actions, &criteria).unwrap();
        assert_eq!(actions, vec![AssessmentAction { description: "Testida viie seenioriga".into(), owner: "Tiina".into(), due: "2027-01-15".into() }]);
    }
}
