# fully_connected (per-tensor and per-channel weights): random sweeps and real layer shapes.
fennec_add_test(kernels.fully_connected SOURCES test_fully_connected.cpp LABELS kernels SWEEP)
