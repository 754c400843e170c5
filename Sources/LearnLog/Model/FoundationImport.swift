// The core needs only FoundationEssentials (dates, JSON, UUIDs); it starts faster than Foundation
// because it does not load ICU.
#if canImport(FoundationEssentials)
  @_exported import FoundationEssentials
#else
  @_exported import Foundation
#endif
