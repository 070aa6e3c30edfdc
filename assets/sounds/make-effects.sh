#!/bin/sh
# Regenerates the interface sound effects from sox synthesis, so they are ours to ship and
# easy to change. Needs: sox lame (Debian). Encoded at 44.1 kHz, the rate the game's audio
# context runs at, so nothing is resampled at play time.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# tap: a soft, short wooden click.
sox -n -r 44100 -c 1 "$tmp/tap.wav" synth 0.06 sine 880 fade q 0.005 0.06 0.05 gain -14
# good: a bright rising two-note chime for a safe choice.
sox -n -r 44100 -c 1 "$tmp/a.wav" synth 0.16 sine 784 fade q 0.01 0.16 0.12 gain -12
sox -n -r 44100 -c 1 "$tmp/b.wav" synth 0.30 sine 1175 fade q 0.01 0.30 0.25 gain -12
sox "$tmp/a.wav" "$tmp/b.wav" "$tmp/good.wav"
# retry: a gentle, low "hmm" that invites another go; never a buzzer.
sox -n -r 44100 -c 1 "$tmp/retry.wav" synth 0.35 sine 392:330 fade q 0.03 0.35 0.2 gain -14
# badge: a little arpeggio for finishing a level.
for n in 523 659 784 1047; do sox -n -r 44100 -c 1 "$tmp/n$n.wav" synth 0.12 sine $n fade q 0.01 0.12 0.08 gain -13; done
sox "$tmp/n523.wav" "$tmp/n659.wav" "$tmp/n784.wav" "$tmp/n1047.wav" "$tmp/badge.wav"
# A 2-second tone used by the decoder test to check that duration survives decoding.
sox -n -r 44100 -c 2 "$tmp/test-2s.wav" synth 2.0 sine 440 gain -20
for f in tap good retry badge; do
	lame --quiet -V 5 --resample 44.1 "$tmp/$f.wav" "$f.mp3"
done
lame --quiet -V 5 --resample 44.1 "$tmp/test-2s.wav" ../../game/ui/sound/testdata/test-2s.mp3
