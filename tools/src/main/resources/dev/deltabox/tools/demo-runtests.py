"""The demo's test runner: runs unittest modules (named like test.test_nodes) from the current
directory, counting each subtest as a test, and prints 'N passed, M failed, K skipped' last."""
import os
import sys
import unittest

sys.path.insert(0, os.getcwd())


class Result(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.passed = 0
        self.failed = []
        self._with_subtests = set()

    def addSubTest(self, test, subtest, err):
        self._with_subtests.add(test.id())
        if err is None:
            self.passed += 1
        else:
            self.failed.append(subtest.id())

    def addSuccess(self, test):
        if test.id() not in self._with_subtests:
            self.passed += 1

    def addFailure(self, test, err):
        self.failed.append(test.id())

    def addError(self, test, err):
        self.failed.append(test.id())

    def addUnexpectedSuccess(self, test):
        self.failed.append(test.id())


suite = unittest.defaultTestLoader.loadTestsFromNames(sys.argv[1:])
result = Result()
suite.run(result)
for f in result.failed[:3]:
    print("FAILED", f)
print(f"{result.passed} passed, {len(result.failed)} failed, {len(result.skipped)} skipped")
sys.exit(1 if result.failed else 0)
