// A stand-in for a chat provider's script (Tidio's API shape), for the contact hub's tests:
// it counts the hub's calls instead of opening a chat window.
window.fakeChat = { loads: (window.fakeChat?.loads ?? 0) + 1, opened: window.fakeChat?.opened ?? 0 };
window.tidioChatApi = {
  show() {},
  open() {
    window.fakeChat.opened += 1;
  },
};
