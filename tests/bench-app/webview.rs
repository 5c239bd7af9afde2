//! The two things driven through WebDriver: the release app (tauri-driver, then
//! WebKitWebDriver, then the app) and the baseline, WebKitGTK's MiniBrowser on a static page
//! (WebKitWebDriver alone). Both are timed the same way, from the session request to the
//! first element with data, so WebDriver's own overhead is in both figures; and both are
//! weighed the same way, by the PSS of every process under their driver.

use anyhow::{Context, Result, bail};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long anything may take before the run is declared stuck.
const PATIENCE: Duration = Duration::from_secs(30);

/// WebKitGTK's own small browser, from libwebkit2gtk-4.1-0.
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// What to start.
pub enum Target<'a> {
    /// The app binary, on the data directory `data` (its XDG folders).
    App {
        /// The release binary.
        binary: &'a Path,
        /// Its data directory.
        data: &'a Path,
        /// More environment for it, on top of [`app_env`].
        env: &'a [(&'a str, &'a str)],
    },
    /// MiniBrowser, loading `page`.
    MiniBrowser {
        /// The static page.
        page: &'a Path,
    },
}

/// A driven app or browser, and how long it took to show its first view with data.
pub struct Session {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    /// From the session request to the ready element being found.
    pub start: Duration,
    /// Where the start went, from the page's own clock.
    pub page: PageTimes,
}

/// The page's navigation timing, in milliseconds from its navigation start, read just after
/// the ready element was found: what of the cold start was the page's, and what came before.
#[derive(Clone, Copy, Default)]
pub struct PageTimes {
    /// The document's response ended (the HTML arrived).
    pub response_end: f64,
    /// DOMContentLoaded finished: the main script was fetched, parsed and run.
    pub dom_content_loaded: f64,
    /// The page's clock when the ready element had been found.
    pub ready: f64,
}

const PAGE_TIMES: &str = r#"
const n = performance.getEntriesByType('navigation')[0];
return [n ? n.responseEnd : 0, n ? n.domContentLoadedEventEnd : 0, performance.now()];
"#;

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn tauri_driver() -> Result<PathBuf> {
    let home = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"));
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("tauri-driver"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    on_path
        .into_iter()
        .chain(home)
        .find(|p| p.is_file())
        .context("tauri-driver is not installed (cargo install tauri-driver --locked)")
}

/// The app's environment: its own XDG folders, and passphrases kept in memory.
pub fn app_env(cmd: &mut Command, data: &Path) {
    cmd.env("XDG_DATA_HOME", data.join("data"))
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("XDG_CACHE_HOME", data.join("cache"))
        .env("WAYPOINT_SECRETS", "memory");
}

impl Session {
    /// Starts the target's driver, then times the session request (which launches the app
    /// or browser) up to the first element matching `ready`.
    pub async fn start(target: &Target<'_>, ready: &str) -> Result<Session> {
        let port = free_port()?;
        let (mut cmd, ports, caps) = match target {
            Target::App { binary, data, env } => {
                let native = free_port()?;
                let mut cmd = Command::new(tauri_driver()?);
                cmd.args([
                    "--port",
                    &port.to_string(),
                    "--native-port",
                    &native.to_string(),
                ]);
                app_env(&mut cmd, data);
                cmd.envs(env.iter().copied());
                let caps = json!({ "tauri:options": { "application": binary } });
                (cmd, vec![port, native], caps)
            }
            Target::MiniBrowser { .. } => {
                let mut cmd = Command::new("WebKitWebDriver");
                cmd.arg(format!("--port={port}"));
                let caps = json!({ "webkitgtk:browserOptions": {
                    "binary": MINIBROWSER, "args": ["--automation"] } });
                (cmd, vec![port], caps)
            }
        };
        if std::env::var_os("WAYPOINT_BENCH_STDERR").is_none() {
            cmd.stdout(Stdio::null()).stderr(Stdio::null());
        }
        let mut driver = cmd.spawn().context("starting the WebDriver server")?;
        let deadline = Instant::now() + PATIENCE;
        let listening = |p: &u16| std::net::TcpStream::connect(("127.0.0.1", *p)).is_ok();
        while !ports.iter().all(listening) {
            if Instant::now() > deadline {
                terminate(&mut driver);
                bail!("the WebDriver server did not listen on {ports:?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let Value::Object(caps) = caps else {
            bail!("capabilities are an object")
        };
        let mut builder = ClientBuilder::rustls().context("TLS setup for the WebDriver client")?;
        builder.capabilities(caps);
        let began = Instant::now();
        let connected = tokio::time::timeout(
            PATIENCE,
            builder.connect(&format!("http://127.0.0.1:{port}")),
        )
        .await;
        let client = match connected {
            Ok(Ok(c)) => c,
            Ok(Err(e)) => {
                terminate(&mut driver);
                bail!("the WebDriver session did not start: {e}");
            }
            Err(_) => {
                terminate(&mut driver);
                bail!("the WebDriver session request went unanswered");
            }
        };
        if let Target::MiniBrowser { page } = target {
            let url = format!("file://{}", page.display());
            client
                .goto(&url)
                .await
                .with_context(|| format!("loading {url}"))?;
        }
        let found = client
            .wait()
            .at_most(PATIENCE)
            .every(Duration::from_millis(5))
            .for_element(Locator::Css(ready))
            .await;
        let start = began.elapsed();
        let page = match client.execute(PAGE_TIMES, vec![]).await {
            Ok(Value::Array(v)) if v.len() == 3 => {
                let at = |i: usize| v[i].as_f64().unwrap_or(0.0);
                PageTimes {
                    response_end: at(0),
                    dom_content_loaded: at(1),
                    ready: at(2),
                }
            }
            _ => PageTimes::default(),
        };
        let session = Session {
            client,
            driver,
            start,
            page,
        };
        if let Err(e) = found {
            session.stop().await;
            bail!("no element matches {ready}: {e}");
        }
        Ok(session)
    }

    /// The summed PSS, in bytes, of every process the driver started (the app or browser
    /// and its WebKit web and network processes), leaving out the drivers themselves.
    pub fn pss(&self) -> Result<u64> {
        let each = self.pss_by_process();
        if each.is_empty() {
            bail!("no process under the driver had a readable smaps_rollup");
        }
        Ok(each.iter().map(|(_, bytes)| bytes).sum())
    }

    /// The PSS, in bytes, of each process [`Session::pss`] sums, by name.
    pub fn pss_by_process(&self) -> Vec<(String, u64)> {
        // /proc/<pid>/comm keeps 15 bytes: "WebKitWebDriver" fits exactly.
        let drivers = ["tauri-driver", "WebKitWebDriver"];
        let mut each = Vec::new();
        for pid in crate::process_tree::descendants(self.driver.id()) {
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            if drivers.contains(&comm.trim()) {
                continue;
            }
            let rollup =
                std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
            if let Some(kb) = rollup
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                each.push((comm.trim().to_string(), kb * 1024));
            }
        }
        each.sort();
        each
    }

    /// The names of the processes [`Session::pss`] counts, for the report.
    pub fn process_names(&self) -> Vec<String> {
        let mut names: Vec<String> = crate::process_tree::descendants(self.driver.id())
            .into_iter()
            .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/comm")).ok())
            .map(|c| c.trim().to_string())
            .filter(|c| c != "tauri-driver" && c != "WebKitWebDriver")
            .collect();
        names.sort();
        names
    }

    /// Ends the session (closing the app or browser) and stops the driver with SIGTERM, so
    /// that tauri-driver stops WebKitWebDriver on its way out.
    pub async fn stop(mut self) {
        let _ = tokio::time::timeout(PATIENCE, self.client.clone().close()).await;
        terminate(&mut self.driver);
    }
}

/// SIGTERM, then, after five seconds, SIGKILL.
fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Opens one view inside the page and resolves, with performance.now(), when its ready
/// element is there (an element matching `ready` that was not there before the click) and
/// again one frame later (it has been painted). `nav` is the area's navigation id, or
/// "goals" for the goals of another student on the Students page.
const OPEN_VIEW: &str = r#"
const [nav, ready] = arguments;
const done = arguments[arguments.length - 1];
const stale = new Set(document.querySelectorAll(ready));
const fresh = () => Array.from(document.querySelectorAll(ready)).some((e) => !stale.has(e));
const settle = (t0) => {
  const present = performance.now() - t0;
  requestAnimationFrame(() => setTimeout(() => done([present, performance.now() - t0]), 0));
};
const t0 = performance.now();
const observer = new MutationObserver(() => {
  if (fresh()) { observer.disconnect(); settle(t0); }
});
observer.observe(document.body, { childList: true, subtree: true, attributes: true });
setTimeout(() => { observer.disconnect(); done(null); }, 20000);
const clickWhenThere = (css) => {
  const el = document.querySelector(css);
  if (el) el.click(); else requestAnimationFrame(() => clickWhenThere(css));
};
if (nav === 'goals') {
  const other = Array.from(document.querySelectorAll('[data-testid=roster-item]'))
    .find((b) => b.getAttribute('aria-current') !== 'true');
  other.click();
} else {
  const link = document.querySelector(`[data-testid=nav-${nav}]`);
  if (link.inert || link.closest('[inert]')) {
    document.querySelector('[data-testid=nav-more]').click();
    clickWhenThere(`[data-testid=nav-more-${nav}]`);
  } else {
    link.click();
  }
}
"#;

/// The times, in milliseconds, to the view's ready element and to the frame after it.
pub async fn open_view(client: &Client, nav: &str, ready: &str) -> Result<(f64, f64)> {
    let got = client
        .execute_async(OPEN_VIEW, vec![json!(nav), json!(ready)])
        .await
        .with_context(|| format!("opening {nav}"))?;
    let pair = got
        .as_array()
        .and_then(|a| Some((a.first()?.as_f64()?, a.get(1)?.as_f64()?)))
        .with_context(|| format!("{nav}: no {ready} appeared within 20 s"))?;
    Ok(pair)
}
