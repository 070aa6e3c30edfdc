#!/bin/sh
# Composes and encodes Sango's two background music loops from sox synthesis.
# Needs: sox lame (Debian); `make music` installs them and runs this.
#
# Licence: the tunes, their arrangement and every sound in them are made by this script
# alone (sine and triangle oscillators, no samples or outside recordings), so the music
# is the project's own work and ships under the project's terms, like the effects.
#
#   title.mp3  cheerful: C major pentatonic tune over bass and off-beat chords, 100 BPM
#   map.mp3    calm, quiet, mid/low register for under the narration, about 86 BPM
#
# Both loop: each is a whole number of bars, every note has died away 0.3 s before the
# loop point, the last 0.2 s fade out what is left of the reverb, and the first 20 ms are
# silent, so the join never clicks. durations.txt records each loop's composed length (from the WAV).
# Encoded mono at 44.1 kHz, the rate the game's audio context runs at.
#
# Deterministic: sox runs with -R (fixed seeds) and -D (no dither), and lame's output
# depends only on its input, so two runs give the same bytes.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

RATE=44100
SOX="sox -R -D"
# Intermediate files keep 32-bit float samples; only the finished loop is 16-bit.
FLOAT="-b 32 -e floating-point"
# Every note starts this many samples (20 ms) late, so each loop opens on silence.
OFF=882
# No note may still sound in the last GUARD samples (0.3 s) of a loop.
GUARD=13230

# semi NAME: semitones from A4 (440 Hz) of a note name such as C4, G2, A5.
semi() {
	case $1 in
	C*) s=-9 ;; D*) s=-7 ;; E*) s=-5 ;; F*) s=-4 ;; G*) s=-2 ;; A*) s=0 ;; B*) s=2 ;;
	*) echo "unknown note $1" >&2; exit 1 ;;
	esac
	echo $((s + 12 * (${1#?} - 4)))
}

# ms N: N milliseconds in samples.
ms() { echo $(($1 * RATE / 1000)); }

# note VOICE START LEN PITCH GAIN: writes one note, START samples into the loop, held LEN
# samples and then released over the voice's RING, at GAIN dB, into $tmp/notes.
n=0
note() {
	voice=$1 start=$(($2 + OFF)) len=$3 p=$(semi "$4") gain=$5
	case $voice in
	mallet) ring=$(ms 250) ;; # the tune of the title: a soft kalimba-like tone
	flute) ring=$(ms 220) ;;  # the tune of the map: a soft, round triangle
	pluck) ring=$(ms 120) ;;  # short off-beat chords
	pad) ring=$(ms 500) ;;    # slow, held chords
	bass) ring=$(ms 200) ;;
	esac
	tot=$((len + ring))
	if [ $((start + tot)) -gt $((LOOP - GUARD)) ]; then
		echo "a $voice note at sample $start still sounds at the loop point" >&2
		exit 1
	fi
	# decay: the length over which a struck note fades by 50 dB (fade l is exponential).
	case $voice in
	mallet) decay=$(ms 2400) ;; pluck) decay=$(ms 700) ;; bass) decay=$(ms 3000) ;; *) decay=0 ;;
	esac
	[ "$decay" -lt "$tot" ] && decay=$tot
	case $voice in
	mallet | pluck | bass)
		case $voice in
		mallet) tone="sine %$p sine %$((p + 12)) remix 1v0.85,2v0.15" attack=0.012 ;;
		pluck) tone="sine %$p sine %$((p + 12)) remix 1v0.9,2v0.1" attack=0.008 ;;
		bass) tone="sine %$p sine %$((p + 12)) remix 1v0.92,2v0.08" attack=0.03 ;;
		esac
		# shellcheck disable=SC2086
		$SOX -r $RATE -c 2 -n $FLOAT "$tmp/n.wav" synth ${decay}s $tone \
			fade q $attack fade l 0 ${decay}s ${decay}s trim 0 ${tot}s
		;;
	flute)
		$SOX -r $RATE -c 1 -n $FLOAT "$tmp/n.wav" synth ${tot}s triangle %$p \
			lowpass 1400 tremolo 4.5 8 fade h 0.09
		;;
	pad)
		$SOX -r $RATE -c 1 -n $FLOAT "$tmp/n.wav" synth ${tot}s sine %$p fade h 0.35
		;;
	esac
	n=$((n + 1))
	$SOX "$tmp/n.wav" $FLOAT "$tmp/notes/$n.wav" fade h 0 ${tot}s ${ring}s gain "$gain" pad ${start}s
}

# part VOICE GAIN UNIT "NOTES": plays a line of notes, each NAME:UNITS (r for a rest,
# NAME+NAME for a chord), one after another from the start of the loop.
part() {
	voice=$1 pgain=$2 unit=$3 at=0
	for tok in $4; do
		len=$((${tok#*:} * unit))
		names=${tok%:*}
		if [ "$names" != r ]; then
			for name in $(echo "$names" | tr + ' '); do
				note "$voice" $at $len "$name" "$pgain"
			done
		fi
		at=$((at + len))
	done
	if [ $at -ne "$LOOP" ]; then
		echo "a $voice part lasts $at samples, not the loop's $LOOP" >&2
		exit 1
	fi
}

# render NAME PEAK REVERB: mixes the notes written so far into NAME.wav, reverb added,
# its peak set to PEAK dBFS, exactly LOOP samples long, and empties the note list.
render() {
	ls "$tmp"/notes/*.wav | sed 's/^/-v 1 /' >"$tmp/mix.args"
	# shellcheck disable=SC2046
	$SOX -m $(cat "$tmp/mix.args") $FLOAT "$tmp/mix.wav"
	# The notes end before the loop point (note checks): pad with silence up to it.
	# shellcheck disable=SC2086
	$SOX "$tmp/mix.wav" -b 16 "$tmp/$1.wav" pad 0 $((LOOP - $(soxi -s "$tmp/mix.wav")))s \
		reverb $3 gain -n "$2" fade h 0.005 ${LOOP}s 0.2
	if [ "$(soxi -s "$tmp/$1.wav")" -ne "$LOOP" ]; then
		echo "$1 is not $LOOP samples long" >&2
		exit 1
	fi
	rm -f "$tmp"/notes/*.wav
	n=0
}

mkdir -p "$tmp/notes"

# --- title: 100 BPM, an eighth note is 300 ms, 8 bars of 4/4 (19.2 s) -----------------
E=$(ms 300)
LOOP=$((64 * E))
# C | Am | F | G | C | Am | F | G, then back to C at the loop point.
part mallet -18 $E "E5:2 G5:2 A5:1 G5:1 E5:2  C5:2 D5:1 E5:1 A4:4
	A4:2 C5:2 D5:2 C5:1 A4:1  G4:2 A4:1 C5:1 D5:4
	E5:2 G5:2 A5:1 C6:1 A5:2  G5:2 E5:1 D5:1 C5:4
	A4:2 C5:1 D5:1 E5:2 D5:2  D5:3 r:5"
part bass -16 $E "C3:3 r:1 G2:3 r:1  A2:3 r:1 E3:3 r:1  F2:3 r:1 C3:3 r:1  G2:3 r:1 D3:3 r:1
	C3:3 r:1 G2:3 r:1  A2:3 r:1 E3:3 r:1  F2:3 r:1 C3:3 r:1  G2:3 r:5"
part pluck -27 $E "r:2 C4+E4+G4:1 r:3 C4+E4+G4:1 r:1  r:2 A3+C4+E4:1 r:3 A3+C4+E4:1 r:1
	r:2 A3+C4+F4:1 r:3 A3+C4+F4:1 r:1  r:2 B3+D4+G4:1 r:3 B3+D4+G4:1 r:1
	r:2 C4+E4+G4:1 r:3 C4+E4+G4:1 r:1  r:2 A3+C4+E4:1 r:3 A3+C4+E4:1 r:1
	r:2 A3+C4+F4:1 r:3 A3+C4+F4:1 r:1  r:2 B3+D4+G4:1 r:5"
part pad -32 $E "C4+E4+G4:8 A3+C4+E4:8 A3+C4+F4:8 B3+D4+G4:8
	C4+E4+G4:8 A3+C4+E4:8 A3+C4+F4:8 B3+D4+G4:4 r:4"
render title -12 "30 60 60 100 0 -6"

# --- map: about 86 BPM, an eighth note is 350 ms, 8 bars of 4/4 (22.4 s) --------------
E=$(ms 350)
LOOP=$((64 * E))
# C | F | C | G | Am | F | G | C: long notes, low and close together.
part flute -20 $E "E4:2 G4:2 A4:4  C5:2 A4:2 G4:4  E4:2 D4:2 C4:2 D4:2  D4:6 r:2
	E4:2 G4:2 A4:2 C5:2  D5:4 C5:4  A4:2 G4:2 D4:4  E4:2 C4:3 r:3"
part bass -16 $E "C3:8 F2:8 C3:8 G2:8  A2:8 F2:8 G2:8 C3:4 r:4"
part pad -30 $E "C4+E4+G4:8 A3+C4+F4:8 C4+E4+G4:8 B3+D4+G4:8
	A3+C4+E4:8 A3+C4+F4:8 B3+D4+G4:8 C4+E4+G4:4 r:4"
render map -17 "40 70 60 100 0 -5"

: >durations.txt
for f in title map; do
	lame --quiet -V 5 --resample 44.1 -m m "$tmp/$f.wav" "$f.mp3"
	samples=$(soxi -s "$tmp/$f.wav")
	echo "$f.mp3 $((samples * 1000 / RATE))" >>durations.txt
	echo "$f.mp3: $((samples * 1000 / RATE)) ms, $(wc -c <"$f.mp3") bytes"
	sox "$tmp/$f.wav" -n stats 2>&1 | grep -E 'Pk lev|RMS lev|DC offset'
done
