/**
 * What jsdom lacks for the renderer: layout sizes (so virtualized lists render rows),
 * ResizeObserver, matchMedia, Element.scrollTo and the modal methods of <dialog>. Call
 * `installDomStubs()` before rendering.
 */
export function installDomStubs({ width = 420, height = 600 } = {}): void {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  })
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', {
      configurable: true,
      value: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    })
  }
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (media: string) => ({
        matches: false,
        media,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }),
    })
  }
  // The content height a scroll container would have: its sizer child's inline height.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const child = this.firstElementChild as HTMLElement | null
      return Math.max(height, parseFloat(child?.style.height ?? '') || 0)
    },
  })
  // jsdom keeps scrollTop at 0: remember it per element instead.
  const offsets = new WeakMap<Element, number>()
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return offsets.get(this) ?? 0
    },
    set(this: Element, value: number) {
      offsets.set(this, value)
    },
  })
  // Scrolling moves scrollTop and, a task later as in a browser, fires the scroll event.
  Element.prototype.scrollTo = function scrollTo(this: Element, ...args: unknown[]) {
    const options = args[0]
    const top =
      typeof options === 'object' && options !== null
        ? (options as ScrollToOptions).top
        : (args[1] as number | undefined)
    if (top !== undefined) this.scrollTop = top
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0)
  } as Element['scrollTo']
}
