//! The cold-start and memory baseline of `make bench-app`: a minimal Tauri app with the
//! same window, CSP and WebKit as Waypoint, showing one static page of about the first
//! view's size (a header and a styled list of 30 names) and running no code of ours. What
//! Waypoint costs above it is what our own code costs.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!(
        "../tests/bench-app/baseline/tauri.conf.json"
    )) {
        eprintln!("the baseline app failed: {e}");
        std::process::exit(1);
    }
}
