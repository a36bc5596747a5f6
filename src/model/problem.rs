//! What is wrong with a roadmap or scenario file, as data: where ([`Entity`], a field path) and
//! what ([`Problem`], with the values it names). The words are `i18n::data_errors`' job, in any of
//! the three languages; `DataError`'s `Display` is the English the command line prints.

use super::Month;
use crate::scenario::NotOffered;

/// The kinds of entity a roadmap lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Source,
    Actor,
    Solution,
    Track,
    Milestone,
    Benefit,
    Preset,
    CorrelationGroup,
}

/// What holds a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entity {
    /// No entity: a scenario file's problems are named by their field alone.
    Unnamed,
    /// The file as a whole (a section missing or unknown, a syntax error without a position).
    File,
    /// A position in the text (a syntax error).
    At {
        line: usize,
        column: usize,
    },
    Meta,
    Uncertainty,
    /// An entity by its id: `milestone 'pll_start'`.
    Named(Kind, String),
    /// An entity without a readable id, by its place in its list (from 1).
    Numbered(Kind, usize),
    /// A milestone or track of a roadmap built by hand (the engine names it by its id alone).
    Node(String),
    /// The bytes of a packed roadmap.
    Packed,
}

impl Entity {
    pub fn named(kind: Kind, id: &str) -> Entity {
        Entity::Named(kind, id.to_string())
    }
}

/// A value found where another kind was expected, as a message names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The string, quoted and escaped as written in Rust (`"5224"`).
    String(String),
    Integer(String),
    Float(String),
    Boolean(bool),
    Datetime(String),
    Array,
    Table,
}

/// What a value should have been.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    String,
    Boolean,
    Number,
    WholeNumber,
    Month,
    Array,
    Table,
    /// A table written as this section: `[meta]`, `[[tracks]]`.
    Section(&'static str),
    /// One of these words (a variant, a field name).
    OneOf(Vec<&'static str>),
    Sourced,
    Slip,
    Range,
    CorrelationGroup,
    Condition,
    Text,
    Note,
    Source,
    Bass,
    Observation,
    UseShare,
    Weighted,
    SourceIds,
    ActorLevers,
    MilestoneLevers,
    Levers,
}

/// One problem, with the values its message names. Numbers are as read; months as `Month`.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    // Syntax
    /// The TOML parser's own message (English), for the English text only.
    NotToml(String),
    TooDeep,
    DuplicateKey(String),
    /// The JSON parser's message (English), and where.
    NotJson {
        detail: String,
        line: usize,
        column: usize,
    },
    NullInJson,
    NotLevers,
    /// The app reads no JSON scenario file.
    JsonInApp,
    /// A `version` this program does not read, as written.
    ScenarioVersion(String),
    // A file's sections
    UnknownSection(&'static [&'static str]),
    /// `[meta]`, `[[tracks]]`.
    MissingSection(String),
    SourcesNotTable,
    NotArrayOfTables(String),
    // A value's shape
    InvalidType {
        found: Found,
        expected: Expected,
    },
    Negative(i64),
    UnknownVariant {
        found: String,
        expected: Vec<&'static str>,
    },
    UnknownField {
        found: String,
        expected: &'static [&'static str],
    },
    MissingField(String),
    NotAMonth(String),
    NotAMandate(String),
    NoProvenance,
    BothProvenance,
    TrackConditionWithoutShare,
    ConditionEitherOr,
    // Validation
    NoSourceListed,
    Unknown(Kind, String),
    AssumptionWithoutReason,
    OutOfRange {
        value: f64,
        lo: f64,
        hi: f64,
    },
    RangeOutOfRange {
        low: f64,
        high: f64,
        lo: f64,
        hi: f64,
    },
    RangeMissesValue {
        low: f64,
        value: f64,
        high: f64,
    },
    /// An assumed spread narrower than the sourced one named.
    NarrowerThan {
        value: f64,
        field: &'static str,
        other: f64,
    },
    InAnotherGroup(String),
    OutsideHorizon {
        month: Month,
        start: Month,
        end: Month,
    },
    EmptyText,
    EmptyVersion,
    EmptyTitle,
    BadId,
    DuplicateId(Kind),
    BadLinkKey(String),
    DuplicateLinkKey(String),
    HorizonTooShort {
        start: Month,
        end: Month,
    },
    HorizonTooLong {
        start: Month,
        end: Month,
    },
    NotHttpUrl(String),
    SameIdAsMilestone,
    WaitsForItself,
    OwnVendor,
    CapsItself,
    NotVendorGroup {
        track: String,
        actor: String,
    },
    OtherGroupCap {
        track: String,
        actor: String,
        own: String,
    },
    TargetBeforeStart {
        month: Month,
        start: Month,
    },
    AfterHorizonEnd {
        month: Month,
        end: Month,
    },
    InitialAboveCeiling {
        initial: f64,
        ceiling: f64,
    },
    AfterDataDate {
        month: Month,
        data_date: Month,
    },
    SlipOutOfOrder,
    DecidedDoesNotSlip,
    HappenedNotForecast,
    NoTrackListed,
    NoPointListed,
    PointsOutOfOrder {
        month: Month,
        before: Month,
    },
    /// The ids along a dependency cycle, the first repeated at the end.
    Cycle(Vec<String>),
    // A scenario's levers
    PlanNeedsSince2021,
    NoSuchActor,
    NoTrackFor(String),
    NoSuchMilestone,
    NotOffered(NotOffered),
    MandateOutside {
        month: Month,
        first: Month,
        end: Month,
    },
    MonthsMoreThan {
        value: f64,
        max: f64,
    },
    LeverOutside {
        value: f64,
        min: f64,
        max: f64,
    },
    // A packed roadmap
    PackedByAnotherVersion,
}
