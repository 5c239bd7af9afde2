//! Starts the real app under tauri-driver and wraps the WebDriver calls the tests use.

use anyhow::{Context, Result, bail};
use fantoccini::wd::WindowHandle;
use fantoccini::{Client, ClientBuilder, Locator, elements::Element};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, MutexGuard};

const APP: &str = env!("CARGO_BIN_EXE_waypoint-app");
const PATIENCE: Duration = Duration::from_secs(20);

static SERIAL: Mutex<()> = Mutex::const_new(());

/// One app at a time: a WebKit instance per test would starve a 2-core machine.
pub async fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().await
}

/// Where the app keeps its database when `XDG_DATA_HOME` is `<data>/data`.
pub fn db_path(data: &Path) -> PathBuf {
    data.join("data").join("waypoint").join("waypoint.sqlite3")
}

fn app_env(cmd: &mut Command, data: &Path) {
    cmd.env("XDG_DATA_HOME", data.join("data"))
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("XDG_CACHE_HOME", data.join("cache"))
        // Never the desktop's real keyring: passphrases stay in the app's memory.
        .env("WAYPOINT_SECRETS", "memory");
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn tauri_driver() -> Result<PathBuf> {
    let from_home =
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"));
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("tauri-driver"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    on_path
        .into_iter()
        .chain(from_home)
        .find(|p| p.is_file())
        .context("tauri-driver is not installed; `make test` installs it (cargo install tauri-driver --locked)")
}

/// A running app and the WebDriver session that drives it.
pub struct App {
    client: Client,
    driver: Child,
    /// The data directory it runs on.
    data: PathBuf,
}

impl App {
    /// Starts tauri-driver and, through it, the app on the data directory `data`.
    ///
    /// On a cold, busy machine (the first test of a CI run) WebKitWebDriver can drop the
    /// first session request or die with it. A dropped request is retried on the same
    /// driver; if every retry fails, the whole driver is started again on fresh ports.
    pub async fn start(data: &Path) -> Result<App> {
        Self::start_with(data, Path::new(APP), &[]).await
    }

    /// Starts `binary` (the package check's unpacked one) with `args` on the data directory
    /// `data`, as [`App::start`] starts the one cargo built.
    pub async fn start_with(data: &Path, binary: &Path, args: &[String]) -> Result<App> {
        if std::env::var_os("DISPLAY").is_none() {
            bail!("end-to-end tests need a display: run them under xvfb-run (make test does)");
        }
        let mut last_error = None;
        for _round in 0..3 {
            match Self::start_once(data, binary, args).await {
                Ok(app) => return Ok(app),
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("the app did not start")))
            .context("starting the app through tauri-driver, three times")
    }

    async fn start_once(data: &Path, binary: &Path, args: &[String]) -> Result<App> {
        // An app left running on this data directory would hold its database.
        stop_apps_on(data);
        let (port, native) = (free_port()?, free_port()?);
        let mut cmd = Command::new(tauri_driver()?);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        app_env(&mut cmd, data);
        let mut driver = cmd.spawn().context("starting tauri-driver")?;
        // tauri-driver listens at once, but proxies to WebKitWebDriver on the native port,
        // which comes up a moment later; a session request before then is dropped.
        let deadline = Instant::now() + PATIENCE;
        let listening = |p: u16| std::net::TcpStream::connect(("127.0.0.1", p)).is_ok();
        while !(listening(port) && listening(native)) {
            if Instant::now() > deadline {
                terminate(&mut driver);
                bail!("tauri-driver did not listen on ports {port} and {native}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let caps = json!({ "tauri:options": { "application": binary, "args": args } });
        let Value::Object(caps) = caps else {
            bail!("capabilities are an object")
        };
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            let mut builder =
                ClientBuilder::rustls().context("TLS setup for the WebDriver client")?;
            builder.capabilities(caps.clone());
            let url = format!("http://127.0.0.1:{port}");
            let connecting = builder.connect(&url);
            // An unanswered session request must not hang the run: give up on this driver,
            // and stop whatever app it may have started, so the next round starts clean.
            let Ok(connected) = tokio::time::timeout(PATIENCE * 2, connecting).await else {
                terminate(&mut driver);
                stop_apps_on(data);
                bail!("the WebDriver session request on port {port} went unanswered");
            };
            match connected {
                Ok(c) => break c,
                Err(_) if attempt < 5 => {
                    tokio::time::sleep(Duration::from_millis(500 * attempt)).await
                }
                Err(e) => {
                    terminate(&mut driver);
                    bail!("could not start the app through WebDriver after {attempt} tries: {e}");
                }
            }
        };
        let app = App {
            client,
            driver,
            data: data.to_path_buf(),
        };
        if let Err(e) = app
            .find("main, [data-testid=new-class], [data-testid=roster-item]")
            .await
        {
            // Close this app, or the next round's launch would find the database taken.
            let _ = app.stop().await;
            return Err(e);
        }
        Ok(app)
    }

    /// The environment of the app's WebKit web process (the one that runs the page), as
    /// /proc shows it: one `NAME=value` per entry.
    pub fn web_process_environment(&self) -> Result<Vec<String>> {
        let pid = crate::process_tree::descendants(self.driver.id())
            .into_iter()
            .find(|pid| {
                // /proc/<pid>/comm keeps 15 bytes of "WebKitWebProcess".
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|c| c.trim() == "WebKitWebProces")
            })
            .context("no WebKit web process runs under the driver")?;
        let raw = std::fs::read(format!("/proc/{pid}/environ"))?;
        Ok(raw
            .split(|b| *b == 0)
            .filter(|e| !e.is_empty())
            .map(|e| String::from_utf8_lossy(e).into_owned())
            .collect())
    }

    /// Ends the session (which closes the app) and stops tauri-driver.
    ///
    /// WebKitWebDriver has been seen (once, in CI) to leave the session's close unanswered
    /// with the app still open, which would hang the run and keep the database locked for
    /// the next launch. So the close gets a deadline, and an app still running on this data
    /// directory afterwards is stopped directly.
    pub async fn stop(mut self) -> Result<()> {
        let closed = tokio::time::timeout(PATIENCE, self.client.clone().close()).await;
        terminate(&mut self.driver);
        let data = self.data.clone();
        if !wait_until_gone(&data).await {
            stop_apps_on(&data);
        }
        match closed {
            Ok(result) => result.context("closing the WebDriver session"),
            // The app is closed either way; the test goes on.
            Err(_) => Ok(()),
        }
    }

    /// Waits for an element.
    pub async fn find(&self, css: &str) -> Result<Element> {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("no element matches {css}"))
    }

    /// Waits for the element matching `css` whose rendered text contains `text`.
    ///
    /// Uses `innerText` rather than WebDriver's element text, which WebKitWebDriver trims to
    /// what it judges visible and so drops a name cut by an ellipsis.
    pub async fn find_text(&self, css: &str, text: &str) -> Result<Element> {
        let script = "return Array.from(document.querySelectorAll(arguments[0]))
            .findIndex(el => el.innerText.includes(arguments[1]))";
        let deadline = Instant::now() + PATIENCE;
        loop {
            let index = self
                .client
                .execute(script, vec![json!(css), json!(text)])
                .await?;
            if let Some(i) = index.as_u64()
                && let Some(el) = self
                    .client
                    .find_all(Locator::Css(css))
                    .await?
                    .into_iter()
                    .nth(i as usize)
            {
                return Ok(el);
            }
            if Instant::now() > deadline {
                let page = self
                    .client
                    .execute("return document.body.innerText", vec![])
                    .await?;
                bail!(
                    "no {css} shows {text:?}; the page reads:\n{}",
                    page.as_str().unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Opens the student with this id from the roster, and waits until the page is theirs:
    /// the previous student's page, with the same controls, stays up while the next one's
    /// reads are out (`ui/src/lib/readAhead.ts`).
    pub async fn open_student(&self, id: &str) -> Result<()> {
        self.click(&format!(
            "[data-testid=roster-item][data-student-id='{id}']"
        ))
        .await?;
        self.find(&format!(
            "[data-testid=student-detail] .student-card[data-student-id='{id}']"
        ))
        .await
        .with_context(|| format!("student {id}'s page opens"))?;
        Ok(())
    }

    /// Opens the student the roster shows as `name`, as [`App::open_student`] does.
    pub async fn open_student_named(&self, name: &str) -> Result<()> {
        let item = self.find_text("[data-testid=roster-item]", name).await?;
        let id = item
            .attr("data-student-id")
            .await?
            .with_context(|| format!("{name}'s roster item has no student id"))?;
        self.open_student(&id).await
    }

    /// Clicks an element.
    pub async fn click(&self, css: &str) -> Result<()> {
        let el = self.find(css).await?;
        self.scroll_to(&el).await?;
        el.click().await.with_context(|| format!("clicking {css}"))
    }

    /// Clicks the element matching `css` that shows `text`.
    pub async fn click_text(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find_text(css, text).await?;
        self.scroll_to(&el).await?;
        el.click()
            .await
            .with_context(|| format!("clicking {text:?}"))
    }

    /// Scrolls an element to the middle of its scroll container, as a teacher would before
    /// clicking it (WebKitWebDriver does not scroll nested containers itself).
    async fn scroll_to(&self, el: &Element) -> Result<()> {
        let arg = serde_json::to_value(el)?;
        self.client
            .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg])
            .await?;
        Ok(())
    }

    /// Clears a text field and types into it, as a teacher would.
    pub async fn fill(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find(css).await?;
        self.scroll_to(&el).await?;
        el.clear().await?;
        el.send_keys(text)
            .await
            .with_context(|| format!("typing into {css}"))
    }

    /// Sets a control's value and fires input and change events: for date pickers and
    /// selects, whose typing rules differ between webviews.
    pub async fn set_value(&self, css: &str, value: &str) -> Result<()> {
        self.find(css).await?;
        let script = "const el = document.querySelector(arguments[0]); el.value = arguments[1];
            el.dispatchEvent(new Event('input', {bubbles: true}));
            el.dispatchEvent(new Event('change', {bubbles: true}));";
        self.client
            .execute(script, vec![json!(css), json!(value)])
            .await?;
        Ok(())
    }

    /// A form control's current value.
    pub async fn value(&self, css: &str) -> Result<String> {
        Ok(self
            .find(css)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    /// Whether a checkbox or radio is checked.
    pub async fn checked(&self, css: &str) -> Result<bool> {
        Ok(self.find(css).await?.is_selected().await?)
    }

    /// Runs a script that returns a number.
    pub async fn eval_int(&self, script: &str) -> Result<i64> {
        let v = self.client.execute(script, vec![]).await?;
        v.as_i64().with_context(|| format!("{script} returned {v}"))
    }

    /// Waits until the element's text contains `want`.
    pub async fn wait_text(&self, css: &str, want: &str) -> Result<()> {
        self.find_text(css, want).await.map(|_| ())
    }

    /// Waits until the element has some text, and returns it.
    pub async fn wait_nonempty(&self, css: &str) -> Result<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text = self.find(css).await?.text().await?;
            if !text.trim().is_empty() {
                return Ok(text);
            }
            if Instant::now() > deadline {
                bail!("{css} stayed empty");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs axe-core (from the UI's node_modules) in the page and returns its violations as
    /// "rule: target" lines.
    pub async fn axe_violations(&self) -> Result<Vec<String>> {
        let axe =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe)
            .with_context(|| format!("{} is missing; run npm ci in ui/", axe.display()))?;
        self.client
            .execute(&source, vec![])
            .await
            .context("loading axe-core")?;
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document).then(r => done(r.violations.flatMap(v =>
                v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' ' + (n.failureSummary || '')))))
              .catch(e => done(['axe failed: ' + e]));";
        let found = self.client.execute_async(script, vec![]).await?;
        Ok(serde_json::from_value(found)?)
    }

    /// Types keys into whatever has focus, as a keyboard does. Modifier keys
    /// (`Key::Alt`, `Key::Control`) stay down until the end of `keys`.
    pub async fn keys(&self, keys: &str) -> Result<()> {
        let el = self.client.active_element().await?;
        el.send_keys(keys)
            .await
            .with_context(|| format!("typing {keys:?} into the focused element"))
    }

    /// Opens an area from the navigation (`data-testid=nav-<area>`), through "More" when
    /// its link does not fit on the row, as a teacher would.
    pub async fn open_area(&self, area: &str) -> Result<()> {
        let off_row = self
            .eval(&format!(
                "return !!document.querySelector('[data-testid=nav-{area}]').inert"
            ))
            .await?;
        if off_row.as_bool() == Some(true) {
            self.click("[data-testid=nav-more]").await?;
            self.click(&format!("[data-testid=nav-more-{area}]")).await
        } else {
            self.click(&format!("[data-testid=nav-{area}]")).await
        }
    }

    /// Resizes the window to `width` × `height` and waits until the page is laid out at
    /// that width (a window manager may keep a few pixels for itself).
    pub async fn resize(&self, width: u32, height: u32) -> Result<()> {
        self.client
            .set_window_size(width, height)
            .await
            .with_context(|| format!("resizing the window to {width} × {height}"))?;
        self.wait_true(
            &format!("return window.innerWidth <= {width} && window.innerWidth >= {width} - 24"),
            &format!("the page is laid out {width} px wide"),
        )
        .await
    }

    /// Runs a script and returns its JSON value.
    pub async fn eval(&self, script: &str) -> Result<serde_json::Value> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Waits until `script` returns `true`; `what` says what was awaited, for the error.
    pub async fn wait_true(&self, script: &str, what: &str) -> Result<()> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if self.client.execute(script, vec![]).await?.as_bool() == Some(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let page = self
                    .client
                    .execute("return document.body.innerText", vec![])
                    .await?;
                bail!(
                    "timed out waiting until {what}; the page reads:\n{}",
                    page.as_str().unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for a second window (one the app opened), switches to it, and returns the
    /// handle of the window the test was in, to come back with [`App::switch_to`].
    pub async fn switch_to_new_window(&self) -> Result<WindowHandle> {
        let current = self.client.window().await?;
        let deadline = Instant::now() + PATIENCE;
        loop {
            let windows = self.client.windows().await?;
            if let Some(other) = windows.into_iter().find(|w| *w != current) {
                self.client.switch_to_window(other).await?;
                return Ok(current);
            }
            if Instant::now() > deadline {
                bail!("no second window opened");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Switches to a window by its handle.
    pub async fn switch_to(&self, window: WindowHandle) -> Result<()> {
        Ok(self.client.switch_to_window(window).await?)
    }

    /// Waits until exactly `n` elements match.
    pub async fn wait_count(&self, css: &str, n: usize) -> Result<()> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let got = self.client.find_all(Locator::Css(css)).await?.len();
            if got == n {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("expected {n} of {css}, found {got}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Launches the app binary directly on the same data directory and waits for it to exit.
pub async fn launch_again(data: &Path) -> Result<ExitStatus> {
    launch_again_with(data, Path::new(APP), &[]).await
}

/// [`launch_again`] with another binary and arguments (a bundle to open, say).
pub async fn launch_again_with(data: &Path, binary: &Path, args: &[&Path]) -> Result<ExitStatus> {
    let mut cmd = Command::new(binary);
    cmd.args(args);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    app_env(&mut cmd, data);
    let mut child = cmd.spawn()?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            bail!("the second launch kept running: it opened the same database twice");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The ids of running `waypoint-app` processes whose data directory is `data`'s.
fn apps_on(data: &Path) -> Vec<u32> {
    let want = format!("XDG_DATA_HOME={}", data.join("data").display());
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return vec![];
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
            let env = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            exe.file_name().is_some_and(|n| n == "waypoint-app")
                && env.split(|b| *b == 0).any(|v| v == want.as_bytes())
        })
        .collect()
}

/// Waits a few seconds for the app on `data` to exit; true when it has.
async fn wait_until_gone(data: &Path) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if apps_on(data).is_empty() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// Stops every app still running on `data` (SIGTERM, then SIGKILL).
fn stop_apps_on(data: &Path) {
    for signal in ["-TERM", "-KILL"] {
        let pids = apps_on(data);
        if pids.is_empty() {
            return;
        }
        for pid in pids {
            let _ = Command::new("kill")
                .args([signal, &pid.to_string()])
                .status();
        }
        std::thread::sleep(Duration::from_secs(2));
    }
}

/// SIGTERM, never SIGKILL: tauri-driver must stop WebKitWebDriver on its way out.
fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}
