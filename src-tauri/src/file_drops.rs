//! Files dropped on the main window, handed to the UI's import flow. The UI opens a channel
//! with `listen_file_drops`; the window's drop event sends the paths down it. A channel is
//! answered by our own command, so the UI needs no event permission.

use std::sync::Mutex;

use tauri::ipc::Channel;
use tauri::{DragDropEvent, Manager, Window, WindowEvent};

/// The channel the main window's drops go to, once the UI has opened one.
#[derive(Default)]
pub struct FileDrops(Mutex<Option<Channel<Vec<String>>>>);

impl FileDrops {
    /// Sends later drops to `channel` (replacing an earlier one: a reloaded page opens anew).
    pub fn listen(&self, channel: Channel<Vec<String>>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(channel);
        }
    }
}

/// The window event hook: a drop of files on the main window goes to the UI.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event else {
        return;
    };
    if window.label() != "main" || paths.is_empty() {
        return;
    }
    let drops = window.state::<FileDrops>();
    let Ok(slot) = drops.0.lock() else { return };
    if let Some(channel) = slot.as_ref() {
        let paths = paths.iter().map(|p| p.display().to_string()).collect();
        // A closed channel (the page is reloading) just loses this drop.
        let _ = channel.send(paths);
    }
}
