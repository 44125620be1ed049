//! Threads for work that only fills time the processors would otherwise leave idle:
//! thumbnails, made while photos arrive and windows scroll.

/// Lowers the calling thread to background work. On Linux that is the idle scheduling class
/// (`SCHED_IDLE`): any other thread that wakes takes the processor from it at once, where a
/// thread at the lowest nice level may still hold it for a time slice before a waking
/// request gets it. Elsewhere it is the lowest priority the system gives. Best effort: a
/// system that refuses leaves the thread as it was, and says why.
pub fn lower_this_thread() -> Result<(), String> {
    use thread_priority::ThreadPriority;
    match background_policy() {
        Some(policy) => thread_priority::set_thread_priority_and_policy(
            thread_priority::thread_native_id(),
            ThreadPriority::Min,
            policy,
        ),
        None => thread_priority::set_current_thread_priority(ThreadPriority::Min),
    }
    .map_err(|error| format!("{error:?}"))
}

/// The scheduling policy of background threads, where the system has one of its own.
fn background_policy() -> Option<thread_priority::ThreadSchedulePolicy> {
    #[cfg(target_os = "linux")]
    {
        Some(thread_priority::ThreadSchedulePolicy::Normal(
            thread_priority::NormalThreadSchedulePolicy::Idle,
        ))
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn a_background_thread_is_in_the_idle_class_and_others_are_not() {
        use thread_priority::{NormalThreadSchedulePolicy, ThreadSchedulePolicy};
        let policy =
            || thread_priority::thread_schedule_policy().expect("the thread's scheduling policy");
        let lowered = std::thread::spawn(move || {
            super::lower_this_thread().expect("lowered");
            policy()
        })
        .join()
        .expect("the thread");
        assert_eq!(
            lowered,
            ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Idle)
        );
        // Only the thread that asked.
        assert_eq!(
            policy(),
            ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Other)
        );
    }
}
