// Chapter programs write `import Experiments` and get the whole toolkit: the optimizer
// library, the figure library, and the runtime functions below (`show`).
@_exported import Descent
@_exported import Plotting
