//go:build windows

package main

import (
	"bufio"
	"fmt"
	"os"
	"unsafe"

	"golang.org/x/sys/windows"
)

// enableColour turns on ANSI escape handling in the Windows console, which is off by
// default in the classic console of Windows 10; where that fails, the QR code is printed
// without colours rather than with visible escape codes.
func enableColour(f *os.File) bool {
	h := windows.Handle(f.Fd())
	var mode uint32
	if err := windows.GetConsoleMode(h, &mode); err != nil {
		return false
	}
	if mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
		return true
	}
	return windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING) == nil
}

// pauseBeforeExit keeps the window open after an error when sango-serve was started by
// a double-click: Windows closes a console window as soon as its only program exits, and
// the teacher would never read why (port 8080 in use, say). Started from a command
// prompt, the console has other processes and nothing waits.
func pauseBeforeExit() {
	proc := windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")
	if proc.Find() != nil {
		return
	}
	var pids [2]uint32
	n, _, _ := proc.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	if n != 1 {
		return
	}
	fmt.Fprintln(os.Stderr, "Press Enter to close this window.")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
}
