//! The backend against the simulators, in-process and as a binary: every scenario, every fault, the
//! contract's HTTP rules, the configuration's errors.

mod binary;
mod config;
mod faults;
mod feedback;
mod feedback_store;
mod grant;
mod language;
mod listen;
mod scenarios;
mod server;
mod support;
