//! Which of the world's panels a narrow widget shows, and the few bits of view state the panels
//! share (which mails the reader has opened, a request to move focus to a panel).

use leptos::prelude::*;

use super::effect;
use crate::engine::journey::{Place, Step};
use crate::engine::run::Event;
use crate::i18n::Key;

/// One of the world's panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    Console,
    Inbox,
    Phone,
}

impl Panel {
    /// In the order the tabs list them.
    pub const ALL: [Panel; 3] = [Panel::Console, Panel::Inbox, Panel::Phone];

    /// A stable name for ids and `data-panel`.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Console => "console",
            Panel::Inbox => "inbox",
            Panel::Phone => "phone",
        }
    }

    /// The tab's label.
    pub fn label(self) -> Key {
        match self {
            Panel::Console => Key::TabConsole,
            Panel::Inbox => Key::TabInbox,
            Panel::Phone => Key::TabPhone,
        }
    }

    /// Where the reader was when they sent `event` (a refusal is explained there).
    pub fn of_event(event: &Event) -> Option<Panel> {
        event.place().map(Panel::of_place)
    }

    /// The panel that shows `place`.
    pub fn of_place(place: Place) -> Panel {
        match place {
            Place::Console => Panel::Console,
            Place::Inbox => Panel::Inbox,
            Place::Phone => Panel::Phone,
        }
    }

    /// The panel a step is about ([`Step::place`]).
    pub fn for_step(step: &Step) -> Option<Panel> {
        step.place().map(Panel::of_place)
    }
}

/// View state shared by the panels of one widget.
#[derive(Clone, Copy)]
pub struct Layout {
    /// The panel a narrow widget shows (all three show side by side when there is room).
    pub selected: RwSignal<Panel>,
    /// Asks a panel to take focus; the counter makes a repeated request a new value.
    pub focus: RwSignal<Option<(Panel, u32)>>,
    /// Mails the reader has opened, by position in the inbox and arrival time (each once).
    pub read_mails: RwSignal<Vec<(usize, i64)>>,
}

impl Layout {
    pub fn new() -> Self {
        Layout {
            selected: RwSignal::new(Panel::Console),
            focus: RwSignal::new(None),
            read_mails: RwSignal::new(Vec::new()),
        }
    }

    /// Shows `panel` and moves the keyboard focus to its heading.
    pub fn go_to(self, panel: Panel) {
        self.selected.set(panel);
        self.focus
            .update(|f| *f = Some((panel, f.map_or(0, |(_, n)| n.wrapping_add(1)))));
    }

    /// The context of the enclosing widget, or a fresh one (never panics).
    pub fn get() -> Layout {
        use_context::<Layout>().unwrap_or_default()
    }
}

impl Default for Layout {
    fn default() -> Self {
        Layout::new()
    }
}

/// Focuses `heading` whenever the layout asks for `panel`. Call inside the panel's component.
pub fn focus_on_request(panel: Panel, heading: NodeRef<leptos::html::H3>) {
    let layout = Layout::get();
    effect(move || {
        if let Some((wanted, _)) = layout.focus.get()
            && wanted == panel
            && let Some(el) = heading.get_untracked()
        {
            // The panel may have just become visible; focusing a hidden element does nothing.
            let _ = el.focus();
        }
    });
}
