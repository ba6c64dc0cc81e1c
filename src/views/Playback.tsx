// Playback of the runs: every run shows iterates 0..min(iter, its last). Play advances iter at
// `speed` iterations per second on requestAnimationFrame; the scrubber and step buttons edit
// it directly. The scrubber's end follows the runs (the longest run's last iteration); new runs
// open at their end, or at the iteration a preset or tour step names (openingIteration).
import { useEffect, useId } from 'react';
import { useResults } from '../compute/results';
import { useMsg } from '../i18n/i18n';
import { playbackMsg } from '../i18n/views';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { advance, maxIterOf, openingIteration } from './controls-logic';
import { useOpening } from './opening';
import './controls.css';

/** Render symbols as text, not as colour emoji (U+FE0E after each symbol). */
const TEXT_STYLE = (s: string) => s.replace(/[\u21E4\u25B6\u25C0]/g, (c) => `${c}\uFE0E`);

/** Iterations per second offered. */
export const PLAY_SPEEDS = [2, 5, 10, 20, 50] as const;

export function Playback() {
  const t = useMsg(playbackMsg);
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const maxIter = useView((v) => v.maxIter);
  const playing = useView((v) => v.playing);
  const speed = useView((v) => v.speed);
  const { play, pause, step, reset, setIter, setSpeed, setMaxIter } = useView.getState();
  const scrubId = useId();

  // The scrubber's end: the longest run's last iteration; and where the new runs open.
  useEffect(() => {
    setMaxIter(maxIterOf(runs));
    if (runs.length === 0 || useView.getState().playing) return;
    const asked = useOpening.getState().take();
    const at = openingIteration(useScene.getState().scene) ?? asked;
    if (at !== null) setIter(at);
  }, [runs, setMaxIter, setIter]);

  // The animation loop: runs only while playing; cancelled on pause and unmount. Speed and
  // position are read from the store every frame, so changing them does not restart the loop.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let acc = 0;
    let last: number | null = null;
    const tick = (now: number) => {
      const v = useView.getState();
      if (!v.playing) return;
      if (v.iter >= v.maxIter) {
        v.pause();
        return;
      }
      const dt = last === null ? 0 : (now - last) / 1000;
      last = now;
      const a = advance(acc, dt, v.speed);
      acc = a.acc;
      if (a.steps > 0) {
        const next = Math.min(v.maxIter, v.iter + a.steps);
        v.setIter(next);
        if (next >= v.maxIter) {
          v.pause();
          return;
        }
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing]);

  const speeds: number[] = (PLAY_SPEEDS as readonly number[]).includes(speed)
    ? [...PLAY_SPEEDS]
    : [...PLAY_SPEEDS, speed].sort((a, b) => a - b);

  return (
    <section className="panel pb-panel" aria-label={t.playback}>
      <div className="pb-buttons">
        <button type="button" data-testid="reset" aria-label={t.resetTitle} title={t.resetTitle} onClick={reset}>
          <span aria-hidden="true">{TEXT_STYLE('⇤')}</span>
          <span className="pb-text">{t.reset}</span>
        </button>
        <button
          type="button"
          className="pb-step"
          data-testid="step-back"
          aria-label={t.backLabel}
          title={t.backTitle}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">{TEXT_STYLE('❙◀')}</span>
        </button>
        <button
          type="button"
          className="pb-play"
          data-testid="play"
          aria-label={playing ? t.pause : t.play}
          title={playing ? t.pause : t.play}
          onClick={playing ? pause : play}
        >
          <span aria-hidden="true">{playing ? '❚❚' : TEXT_STYLE('▶')}</span>
          <span className="pb-text">{playing ? t.pause : t.play}</span>
        </button>
        <button
          type="button"
          className="pb-step"
          data-testid="step-forward"
          aria-label={t.forwardLabel}
          title={t.forwardTitle}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">{TEXT_STYLE('▶❙')}</span>
        </button>
        <label className="pb-speed">
          <span>{t.speed}</span>
          <select data-testid="speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {t.perSecond(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="pb-scrub">
        <label htmlFor={scrubId} className="pb-sr">
          {t.iteration}
        </label>
        <input
          id={scrubId}
          type="range"
          data-testid="scrubber"
          min={0}
          max={maxIter}
          step={1}
          value={Math.min(iter, maxIter)}
          aria-valuetext={t.iterValueText(iter, maxIter)}
          onChange={(e) => {
            if (useView.getState().playing) pause();
            setIter(Number(e.target.value));
          }}
        />
        <output htmlFor={scrubId} className="pb-readout" data-testid="iter-readout">
          {t.iterReadout(iter, maxIter)}
        </output>
      </div>
    </section>
  );
}
