import RunProtocol

/// The extra files and settings of a sweep figure (`showSweep` in an experiment): the
/// runtime's record as it arrived, kept whole. The figure's default frame is the
/// ``RenderedFigure``'s PNG pair; the sweep adds a shared background per theme and the
/// varying part of every frame for the page's sliders.
public typealias SweepFigure = SweepRecord

extension SweepFigure {
    /// The files besides the default frame's pair.
    public var files: [String] { [backgroundLightFile, backgroundDarkFile, framesFile] }
}

extension RenderedFigure {
    /// Every file of the figure: its PNG pair and, for a sweep, the sweep's files.
    public var files: [String] {
        var names = [lightFile]
        if darkFile != lightFile { names.append(darkFile) }
        return names + (sweep?.files ?? [])
    }
}
