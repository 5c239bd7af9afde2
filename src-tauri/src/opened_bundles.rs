//! Bundles the app was asked to open: `waypoint-app path/to/x.waypoint` (what the desktop
//! runs when a teacher double-clicks a bundle), at first launch or forwarded by a second
//! launch through [`crate::single_instance`]. The path waits here until the UI opens a
//! channel with `listen_opened_bundles`, then goes down it to the Sync page's import
//! preview, so a bundle given before the page has loaded is not lost.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::ipc::Channel;

/// The bundle waiting for the UI, and the UI's channel once it has opened one.
#[derive(Default)]
pub struct OpenedBundles(Mutex<Slot>);

#[derive(Default)]
struct Slot {
    pending: Option<String>,
    channel: Option<Channel<String>>,
}

impl OpenedBundles {
    /// Starts with the bundle given on the command line, if any.
    pub fn new(first: Option<PathBuf>) -> Self {
        OpenedBundles(Mutex::new(Slot {
            pending: first.map(|p| p.display().to_string()),
            channel: None,
        }))
    }

    /// Sends later bundles to `channel` (replacing an earlier one: a reloaded page opens
    /// anew), and the one waiting now, if any.
    pub fn listen(&self, channel: Channel<String>) {
        let Ok(mut slot) = self.0.lock() else { return };
        if let Some(path) = slot.pending.take() {
            // A closed channel only loses this bundle; the teacher can open it again.
            let _ = channel.send(path);
        }
        slot.channel = Some(channel);
    }

    /// Hands `path` to the UI, or keeps it until the UI listens.
    pub fn open(&self, path: &Path) {
        let Ok(mut slot) = self.0.lock() else { return };
        let path = path.display().to_string();
        match slot.channel.as_ref() {
            Some(channel) if channel.send(path.clone()).is_ok() => {}
            _ => slot.pending = Some(path),
        }
    }
}

/// The bundle named on the command line `args` (the program's own name first), made
/// absolute against `cwd`: a second launch forwards it to a first instance that runs in
/// another folder. Options (`-…`) are not bundles; the first other argument is.
pub fn bundle_arg(args: impl IntoIterator<Item = OsString>, cwd: &Path) -> Option<PathBuf> {
    let arg = args
        .into_iter()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'))?;
    Some(cwd.join(arg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_first_plain_argument_is_the_bundle_made_absolute() {
        let cwd = Path::new("/home/t/Downloads");
        assert_eq!(
            bundle_arg(args(&["waypoint-app", "from-lee.waypoint"]), cwd),
            Some(PathBuf::from("/home/t/Downloads/from-lee.waypoint")),
            "a relative path is taken from where the app was started"
        );
        assert_eq!(
            bundle_arg(
                args(&["waypoint-app", "--flag", "/media/usb/x.bundle"]),
                cwd
            ),
            Some(PathBuf::from("/media/usb/x.bundle")),
            "an absolute path stays as given, and options are skipped"
        );
        assert_eq!(
            bundle_arg(args(&["waypoint-app"]), cwd),
            None,
            "a plain launch opens no bundle"
        );
    }

    #[test]
    fn a_bundle_waits_for_the_ui_and_later_ones_go_straight_down_its_channel() {
        use std::sync::Arc;
        use tauri::ipc::InvokeResponseBody;
        let got = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = got.clone();
        let channel = Channel::<String>::new(move |body| {
            if let InvokeResponseBody::Json(json) = body {
                sink.lock().expect("the test's list").push(json);
            }
            Ok(())
        });
        let opened = OpenedBundles::new(Some(PathBuf::from("/tmp/first.waypoint")));
        opened.open(Path::new("/tmp/second.waypoint"));
        opened.listen(channel);
        opened.open(Path::new("/tmp/third.waypoint"));
        assert_eq!(
            *got.lock().expect("the test's list"),
            ["\"/tmp/second.waypoint\"", "\"/tmp/third.waypoint\""],
            "the latest bundle given before the UI listened is shown, then each later one"
        );
    }
}
