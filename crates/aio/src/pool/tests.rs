//! Tests of the worker side: a job runs the program as `__mp_main__` and hands back its
//! pickled outcome, its output and its duration on the worker's clock.

use super::*;

fn job(source: &str, payload: &str) -> JobOutput {
    let spec = JobSpec {
        source: source.into(),
        filename: "main.py".into(),
        payload: payload.into(),
    };
    Worker::new(Clock::virtual_clock()).run(&spec, &mut |_| {})
}

const PROGRAM: &str = "\
print('imported as', __name__)
def square(x):
    return x * x
def boom():
    return 1 / 0
if __name__ == '__main__':
    print('guarded')
";

#[test]
fn a_job_calls_the_function_by_name() {
    // (square, (7,), {}) in our pickle format.
    let out = job(PROGRAM, "t3;g__main__;square;t1;i7;d0;");
    assert_eq!(out.outcome, Ok("t2;s2:oki49;".to_string()));
    assert_eq!(out.stdout, "imported as __mp_main__\n");
    assert!(out.nanos > 0, "the call took time on the worker's clock");
}

#[test]
fn an_exception_crosses_back_with_its_traceback() {
    let out = job(PROGRAM, "t3;g__main__;boom;t0;d0;");
    let text = out.outcome.expect("an outcome");
    assert!(
        text.starts_with("t3;s3:excegbuiltins;ZeroDivisionError;"),
        "{text}"
    );
    assert!(text.contains("File \"main.py\", line 5, in boom"), "{text}");
}

#[test]
fn a_worker_whose_program_fails_is_broken() {
    let out = job("raise ValueError('no')\n", "t3;g__main__;f;t0;d0;");
    assert!(out.outcome.is_err());
    assert!(out.stderr.contains("ValueError: no"), "{}", out.stderr);
}

#[test]
fn a_worker_imports_the_program_once_and_keeps_its_state() {
    let program = "\
print('imported')
calls = 0
def count():
    global calls
    calls += 1
    return calls
";
    let spec = |payload: &str| JobSpec {
        source: program.into(),
        filename: "main.py".into(),
        payload: payload.into(),
    };
    let mut worker = Worker::new(Clock::virtual_clock());
    let first = worker.run(&spec("t3;g__main__;count;t0;d0;"), &mut |_| {});
    let second = worker.run(&spec("t3;g__main__;count;t0;d0;"), &mut |_| {});
    assert_eq!(first.stdout, "imported\n");
    assert_eq!(second.stdout, "", "the program is not imported again");
    assert_eq!(first.outcome, Ok("t2;s2:oki1;".to_string()));
    assert_eq!(second.outcome, Ok("t2;s2:oki2;".to_string()));
}

#[test]
fn a_worker_whose_import_failed_starts_afresh_on_the_next_job() {
    let mut worker = Worker::new(Clock::virtual_clock());
    let spec = JobSpec {
        source: "print('importing')\nraise ValueError('no')\n".into(),
        filename: "main.py".into(),
        payload: "t3;g__main__;f;t0;d0;".into(),
    };
    for _ in 0..2 {
        let out = worker.run(&spec, &mut |_| {});
        assert!(out.outcome.is_err());
        assert_eq!(out.stdout, "importing\n", "imported again");
        assert!(out.stderr.contains("ValueError: no"), "{}", out.stderr);
    }
}
