//! HTTP from the browser for the connection test: one `fetch` that can be stopped (by a time limit or
//! by the person), giving back status, body and `Retry-After`, or why there was no answer. What the
//! answer means is decided in `skattedeling_core::connection`.

use crate::browser::window;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// An HTTP answer the page may read.
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<String>,
}

/// Why there was no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoAnswer {
    /// The network failed, the server is down, or CORS kept the answer from the page.
    Network,
    /// The time limit ran out.
    TimedOut,
    /// `Stopper::stop` was called.
    Stopped,
}

/// Stops a request that is under way.
#[derive(Clone)]
pub struct Stopper {
    controller: Option<web_sys::AbortController>,
    stopped: Rc<Cell<bool>>,
}

impl Stopper {
    pub fn stop(&self) {
        self.stopped.set(true);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// A request about to be sent, and the means to stop it.
pub struct Call {
    pub stopper: Stopper,
}

impl Default for Call {
    fn default() -> Call {
        Call::new()
    }
}

impl Call {
    pub fn new() -> Call {
        Call {
            stopper: Stopper {
                controller: web_sys::AbortController::new().ok(),
                stopped: Rc::new(Cell::new(false)),
            },
        }
    }

    /// Sends `body` (JSON) with `method` to `url` and waits at most `limit` for the whole answer.
    pub async fn send(
        self,
        method: &str,
        url: &str,
        body: Option<&str>,
        limit: Duration,
    ) -> Result<Answer, NoAnswer> {
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let timed_out = timed_out.clone();
            let controller = self.stopper.controller.clone();
            leptos::prelude::set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    if let Some(c) = controller {
                        c.abort();
                    }
                },
                limit,
            )
            .ok()
        };
        let result = self.fetch(method, url, body).await;
        if let Some(t) = timer {
            t.clear();
        }
        match result {
            Ok(answer) => Ok(answer),
            Err(()) if self.stopper.stopped.get() => Err(NoAnswer::Stopped),
            Err(()) if timed_out.get() => Err(NoAnswer::TimedOut),
            Err(()) => Err(NoAnswer::Network),
        }
    }

    async fn fetch(&self, method: &str, url: &str, body: Option<&str>) -> Result<Answer, ()> {
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        init.set_mode(web_sys::RequestMode::Cors);
        init.set_cache(web_sys::RequestCache::NoStore);
        if let Some(body) = body {
            let headers = web_sys::Headers::new().map_err(drop)?;
            headers
                .set("Content-Type", "application/json")
                .map_err(drop)?;
            init.set_headers(&headers);
            init.set_body(&body.into());
        }
        if let Some(c) = &self.stopper.controller {
            init.set_signal(Some(&c.signal()));
        }
        let response: web_sys::Response =
            JsFuture::from(window().fetch_with_str_and_init(url, &init))
                .await
                .map_err(drop)?
                .dyn_into()
                .map_err(drop)?;
        let text = JsFuture::from(response.text().map_err(drop)?)
            .await
            .map_err(drop)?;
        Ok(Answer {
            status: response.status(),
            body: text.as_string().unwrap_or_default(),
            retry_after: response.headers().get("Retry-After").ok().flatten(),
        })
    }
}
