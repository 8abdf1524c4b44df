// The tests time calls in tens of milliseconds; on two cores, tests running side by side would skew them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
